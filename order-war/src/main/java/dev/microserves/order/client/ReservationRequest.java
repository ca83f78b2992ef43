package dev.microserves.order.client;

import java.util.List;
import java.util.UUID;

/** {@code POST /api/reservations}: hold stock for every line of an order, or for none. */
public record ReservationRequest(UUID orderId, List<Item> items) {

    public record Item(String sku, int quantity) {
    }
}
