/**
 * The peers: one MicroProfile REST Client interface each ({@code CustomerClient},
 * {@code InventoryClient}, {@code OrderClient}, {@code RecommendationClient}) and one gateway bean
 * each that carries the fault-tolerance policy (a timeout on every call, a circuit breaker and a
 * bulkhead per peer, one retry after a quick failure: every call here is a GET). The gateways hand
 * the service layer the storefront's own read models ({@code *View} records), never the peers'
 * full answers (a customer's payment tokens, say, stay out). What a peer answers as an error
 * becomes a {@link PeerRefused} (it answered: passed on) or, once fault tolerance has run, a
 * {@link DependencyUnavailable} ({@code PeerCallInterceptor}).
 */
package dev.microserves.edge.client;
