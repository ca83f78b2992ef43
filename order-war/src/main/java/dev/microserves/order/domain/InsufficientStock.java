package dev.microserves.order.domain;

import java.util.List;

/** The inventory cannot hold every line of the order; nothing was reserved. */
public class InsufficientStock extends Refusal {

    /** One line that is short: how many were asked for, how many are available. */
    public record Shortage(String sku, int requested, int available) {
    }

    public InsufficientStock(List<Shortage> shortages) {
        super(409, "insufficient-stock", "Insufficient stock",
                "Not enough stock for every line of the order; nothing was reserved.");
        with("shortages", List.copyOf(shortages));
    }
}
