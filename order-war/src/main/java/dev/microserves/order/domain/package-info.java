/**
 * The order model: the {@link dev.microserves.order.domain.Order} aggregate with its lines and its
 * state machine ({@link dev.microserves.order.domain.OrderStatus}), the saga progress it records
 * (reservation, payment, the step in doubt), value objects ({@link dev.microserves.order.domain.Money},
 * the address and payment-instrument snapshots) and the refusals an order can meet. Pricing lives
 * in {@code domain.pricing}. No JAX-RS, no repositories, no remote calls: plain objects with behaviour.
 */
package dev.microserves.order.domain;
