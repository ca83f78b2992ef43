/**
 * The order service's web API: {@link dev.microserves.order.api.OrdersResource}, its request and
 * response records, and {@link dev.microserves.order.api.PlacementAnswers}, which turns the order a
 * place-order request left behind into the contract's answer. Resources check who may call,
 * delegate to the service layer, and never touch the EntityManager or serialise an entity.
 */
package dev.microserves.order.api;
