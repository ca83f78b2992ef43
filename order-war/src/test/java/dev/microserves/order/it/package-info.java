/**
 * Integration tests: the order service deployed on a real Liberty against a real PostgreSQL, with
 * its three peers stubbed over real HTTP by WireMock ({@code Peers}); {@code Orders} places and
 * inspects orders.
 */
package dev.microserves.order.it;
