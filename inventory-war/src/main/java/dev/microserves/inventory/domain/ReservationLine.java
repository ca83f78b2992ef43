package dev.microserves.inventory.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * One line of a reservation, with the product's price and weight at the moment it was reserved:
 * the order is priced and shipped from these, whatever the catalogue says later.
 */
@Embeddable
public class ReservationLine {

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "unit_price_amount", nullable = false, precision = 12, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "unit_price_currency", nullable = false, length = 3))
    })
    private Money unitPrice;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    protected ReservationLine() {
        // for JPA
    }

    ReservationLine(Product product, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        this.sku = product.sku();
        this.quantity = quantity;
        this.unitPrice = product.price();
        this.weightGrams = product.weightGrams();
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public int weightGrams() {
        return weightGrams;
    }
}
