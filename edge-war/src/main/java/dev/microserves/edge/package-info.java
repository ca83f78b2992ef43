/**
 * The storefront (edge): a backend for front ends over the customer, inventory, order and
 * recommendation services. {@code api} is the web layer (the storefront pages and the rate-limit
 * filter), {@code service} composes the pages and decides which parts may be missing,
 * {@code domain} holds the rate-limiting rule (plain Java), {@code client} the peers behind their
 * fault-tolerant gateways, {@code health} the peers' last known state. No database.
 */
package dev.microserves.edge;
