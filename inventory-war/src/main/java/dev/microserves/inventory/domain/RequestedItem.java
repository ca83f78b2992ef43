package dev.microserves.inventory.domain;

/** A line as a reservation request asks for it: a sku and a quantity. */
public record RequestedItem(String sku, int quantity) {
}
