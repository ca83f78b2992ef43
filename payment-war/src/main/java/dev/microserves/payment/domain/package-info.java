/**
 * The payment model: {@link dev.microserves.payment.domain.Payment} (an attempt to charge an order,
 * with its {@link dev.microserves.payment.domain.Refund}s), {@link dev.microserves.payment.domain.CardToken}
 * (what stands for a card once tokenized), {@link dev.microserves.payment.domain.PayPalAgreement}
 * (a PayPal payer linked to one customer), the value objects {@link dev.microserves.payment.domain.Money}
 * and {@link dev.microserves.payment.domain.Card} (a card as entered, checked and never kept), the
 * polymorphic {@link dev.microserves.payment.domain.PaymentProcessor}s, and the refusals this
 * service can name. No JAX-RS, no repositories.
 */
package dev.microserves.payment.domain;
