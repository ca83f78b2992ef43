package dev.microserves.inventory.domain;

/**
 * A product's row or its stock changed in the current transaction (fired by the repositories, so
 * that no writer can forget it). {@code listing} is true when what the catalogue search filters and
 * sorts by may have changed (a product created or edited), false for a stock movement only.
 * Observers that cache reads act on it after the transaction completes.
 */
public record ProductChanged(String sku, boolean listing) {
}
