/**
 * The customer service's web API: JAX-RS resources, their request and response records, and the
 * mapping between those and the domain. Resources check who may call, delegate to the service
 * layer, and never touch the EntityManager or serialise an entity.
 */
package dev.microserves.customer.api;
