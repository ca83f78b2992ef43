package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import java.util.Objects;

/** A line to price: how many of a product at which unit price, and how heavy one unit is. */
public record PricedItem(int quantity, Money unitPrice, int weightGrams) {

    public PricedItem {
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || weightGrams < 0) {
            throw new IllegalArgumentException("quantity must be positive and weight not negative");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    public long totalWeightGrams() {
        return (long) weightGrams * quantity;
    }
}
