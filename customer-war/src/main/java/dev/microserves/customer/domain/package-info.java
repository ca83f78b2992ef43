/**
 * The customer model: {@link dev.microserves.customer.domain.Customer} and its subclass
 * {@link dev.microserves.customer.domain.PremiumCustomer} (with a discount rate and free shipping),
 * {@link dev.microserves.customer.domain.Address}, the payment-method references (card token or
 * PayPal payer), credentials ({@link dev.microserves.customer.domain.PasswordHasher}) and the
 * refusals this service can name. No JAX-RS, no repositories: plain objects with behaviour.
 */
package dev.microserves.customer.domain;
