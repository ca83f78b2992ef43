/**
 * Repositories over the JPA {@code EntityManager}, returning {@code Optional}, plus the
 * single-statement SQL that must be atomic across instances: claiming an order for a charge
 * ({@code insert ... on conflict do nothing} against the one-capture-per-order index), and locking a
 * payment while its outcome is recorded or it is refunded.
 */
package dev.microserves.payment.persistence;
