/**
 * Repositories over the JPA {@code EntityManager}, returning {@code Optional}: orders (with the
 * row locks and leases that keep one worker per order, across instances) and promo codes.
 */
package dev.microserves.order.persistence;
