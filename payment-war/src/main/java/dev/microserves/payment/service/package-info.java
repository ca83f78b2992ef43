/**
 * The payment service's use cases and their transactions: tokenizing cards
 * ({@link dev.microserves.payment.service.CardTokenService}), linking PayPal payers
 * ({@link dev.microserves.payment.service.PayPalVault}), charging
 * ({@link dev.microserves.payment.service.PaymentService}, which claims the order, calls the
 * processor outside any transaction and records the outcome through
 * {@link dev.microserves.payment.service.ChargeLedger}), refunding
 * ({@link dev.microserves.payment.service.RefundService}), and the business metrics.
 */
package dev.microserves.payment.service;
