/**
 * The storefront's health report: the peers' last known state, as data. There is no database, so
 * readiness needs nothing but the server itself; a peer that is down makes a page degraded or a
 * 503, not the storefront unready.
 */
package dev.microserves.edge.health;
