/**
 * The peers: one MicroProfile REST Client interface each ({@code CustomerClient},
 * {@code InventoryClient}, {@code PaymentClient}, plus {@code AuthClient} for this service's own
 * token), and one gateway bean each that carries the fault-tolerance policy (timeout on every call,
 * retry only for GETs and keyed POSTs, a circuit breaker and a bulkhead per peer operation, no
 * fallback for a charge or a reservation). Remote problems become domain refusals
 * ({@code *Problems} mappers) or, once fault tolerance has run, a
 * {@link dev.microserves.order.domain.DependencyUnavailable} ({@code PeerCallInterceptor}).
 */
package dev.microserves.order.client;
