/**
 * The inventory service: the product catalogue, the stock of every product with its movement
 * history, and the reservations that hold stock for an order until it is committed, released,
 * returned or expires. {@code api} is the web layer, {@code service} the use cases and
 * transactions, {@code domain} the model, {@code persistence} the repositories and the guarded
 * stock updates.
 */
package dev.microserves.inventory;
