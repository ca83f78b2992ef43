/**
 * The storefront's own rules, in plain Java: how many requests a client may send
 * ({@link dev.microserves.edge.domain.TokenBuckets}). Nothing here knows of JAX-RS, CDI or the peers.
 */
package dev.microserves.edge.domain;
