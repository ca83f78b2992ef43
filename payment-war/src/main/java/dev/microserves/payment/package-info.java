/**
 * The payment service: card tokenization, payments charged through polymorphic processors that
 * call simulated gateways, and refunds. {@code api} is the web layer, {@code service} the use
 * cases and transactions, {@code domain} the model and the processors, {@code gateway} the
 * simulated card and PayPal gateways, {@code persistence} the repositories.
 */
package dev.microserves.payment;
