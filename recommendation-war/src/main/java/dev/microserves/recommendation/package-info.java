/**
 * The recommendation service: recommendations built only from the events of the order and
 * inventory services (never their databases), kept in tables of its own that a replay rebuilds.
 */
package dev.microserves.recommendation;
