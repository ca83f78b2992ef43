package dev.microserves.order.domain;

import java.util.Objects;

/** The price and weight of one product as the inventory service reserved it. */
public record ReservedLine(String sku, Money unitPrice, int weightGrams) {
    public ReservedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
