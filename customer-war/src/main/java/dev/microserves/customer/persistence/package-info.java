/**
 * Repositories over the JPA {@code EntityManager} (returning {@code Optional}), plus the few
 * single-statement SQL updates that must be atomic across instances: tier changes, login
 * throttling, the signing key.
 */
package dev.microserves.customer.persistence;
