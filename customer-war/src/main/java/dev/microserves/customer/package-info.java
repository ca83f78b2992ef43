/**
 * The customer service: customers (standard and premium), their addresses and payment-method
 * references, their credentials, and the issuer of the JWTs every Microserves service trusts.
 * {@code api} is the web layer, {@code service} the use cases and transactions, {@code domain} the
 * model, {@code persistence} the repositories.
 */
package dev.microserves.customer;
