package dev.microserves.recommendation.domain;

/** One line of an order as the events report it: a product and how many units. */
public record PurchaseLine(String sku, int quantity) {

    public PurchaseLine {
        if (!Skus.isValid(sku) || quantity < 1) {
            throw new IllegalArgumentException("a purchase line needs a valid sku and a positive quantity");
        }
    }
}
