/**
 * The simulated payment gateways the processors call: a card network
 * ({@link dev.microserves.payment.gateway.SimulatedCardGateway}) whose answers follow the public
 * test cards, and PayPal ({@link dev.microserves.payment.gateway.SimulatedPayPalGateway}). Both take
 * a configurable latency and failure rate ({@link dev.microserves.payment.gateway.GatewaySimulation})
 * so tests and benchmarks can inject slowness and outages without code changes. Like real
 * processors, they answer a lookup by the merchant reference a charge carried
 * ({@code GatewayLedger}), so that a charge whose answer was lost is
 * found captured, declined or never made, rather than guessed. They stand for
 * systems outside this service, so they know nothing of its model.
 */
package dev.microserves.payment.gateway;
