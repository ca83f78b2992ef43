package dev.microserves.edge.client;

/** A product of the catalogue as the storefront shows it (its stock is a part of its own). */
public record ProductView(String sku, String name, String description, String category, MoneyView price,
                          Integer weightGrams) {
}
