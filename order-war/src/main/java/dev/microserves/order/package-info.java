/**
 * The order service: orders, their pricing, and the place-order saga orchestrated over the
 * customer, inventory and payment services. {@code api} is the web layer, {@code service} the use
 * cases and transactions (the saga and its recovery), {@code domain} the model
 * ({@code domain.pricing}: where an order's price comes from), {@code persistence} the
 * repositories, {@code client} the peers behind their fault-tolerant gateways, {@code health}
 * the service-specific health report.
 */
package dev.microserves.order;
