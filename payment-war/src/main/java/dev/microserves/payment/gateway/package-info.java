/**
 * The simulated payment gateways the processors call: a card network
 * ({@link dev.microserves.payment.gateway.SimulatedCardGateway}) whose answers follow the public
 * test cards, and PayPal ({@link dev.microserves.payment.gateway.SimulatedPayPalGateway}). Both take
 * a configurable latency and failure rate ({@link dev.microserves.payment.gateway.GatewaySimulation})
 * so tests and benchmarks can inject slowness and outages without code changes. They stand for
 * systems outside this service, so they know nothing of its model.
 */
package dev.microserves.payment.gateway;
