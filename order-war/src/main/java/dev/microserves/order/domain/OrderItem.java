package dev.microserves.order.domain;

import java.util.Objects;

/** What the client asked for: a product and how many. Prices never come from the client. */
public record OrderItem(String sku, int quantity) {

    public static final int MAX_QUANTITY = 1000;

    public OrderItem {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1.." + MAX_QUANTITY);
        }
    }
}
