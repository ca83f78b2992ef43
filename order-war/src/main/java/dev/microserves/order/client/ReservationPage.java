package dev.microserves.order.client;

import java.util.List;

/** {@code GET /api/reservations?orderId=}: at most one reservation per order. */
public record ReservationPage(List<ReservationView> items) {
}
