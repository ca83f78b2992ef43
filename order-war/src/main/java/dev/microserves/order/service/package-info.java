/**
 * The order service's use cases. Placing an order ({@link dev.microserves.order.service.OrderPlacement})
 * runs the saga ({@link dev.microserves.order.service.PlaceOrderSaga} forward,
 * {@link dev.microserves.order.service.Compensation} backward); every write of the saga is its own
 * short transaction ({@link dev.microserves.order.service.OrderProgress}), never open across a
 * remote call. Orders left unfinished are driven to an end by {@link dev.microserves.order.service.SagaRecovery},
 * run by the {@link dev.microserves.order.service.RecoveryJob}. Also cancelling, shipping, reading,
 * pricing with the configured tariffs, and the saga's metrics.
 */
package dev.microserves.order.service;
