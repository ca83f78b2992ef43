package dev.microserves.order.client;

import java.util.List;
import java.util.UUID;

/** A stock reservation: its status and, per product, the price and weight it was reserved at. */
public record ReservationView(UUID id, UUID orderId, String status, List<Item> items) {

    public record Item(String sku, Integer quantity, MoneyJson unitPrice, Integer weightGrams) {
    }
}
