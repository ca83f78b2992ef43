/**
 * The inventory service's web API: JAX-RS resources for products (catalogue and stock) and
 * reservations, their request and response records, and the mapping between those and the
 * domain. Resources check who may call, delegate to the service layer, and never touch the
 * EntityManager or serialise an entity.
 */
package dev.microserves.inventory.api;
