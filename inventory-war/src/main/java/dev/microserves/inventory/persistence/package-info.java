/**
 * Repositories over the JPA {@code EntityManager} (returning {@code Optional}), and the stock
 * counters, which are only ever changed by single guarded SQL UPDATE statements
 * ({@link dev.microserves.inventory.persistence.StockRepository}): the database, not Java,
 * decides whether there is enough stock, so concurrent requests and several instances can never
 * oversell.
 */
package dev.microserves.inventory.persistence;
