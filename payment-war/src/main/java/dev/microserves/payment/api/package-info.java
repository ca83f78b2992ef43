/**
 * The payment service's web API: JAX-RS resources for card tokens, PayPal tokens, payments and refunds, their
 * request and response records, and who may see what. Resources check the caller, delegate to the
 * service layer, and never touch the EntityManager or serialise an entity.
 */
package dev.microserves.payment.api;
