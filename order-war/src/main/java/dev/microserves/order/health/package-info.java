/**
 * The order service's own health report: the peers' last known state (data only; readiness is the
 * shared database check from service-support).
 */
package dev.microserves.order.health;
