package dev.microserves.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One product of an order and how many. Its unit price and weight are those the inventory service
 * reserved the stock at; until then they are unknown.
 */
@Entity
@Table(name = "order_lines")
public class OrderLine {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "weight_grams")
    private Integer weightGrams;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(Order order, int lineNo, OrderItem item) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.lineNo = lineNo;
        this.sku = item.sku();
        this.quantity = item.quantity();
    }

    void price(Money unitPrice, int weightGrams) {
        if (weightGrams < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
        this.unitPrice = unitPrice.amount();
        this.weightGrams = weightGrams;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public int lineNo() {
        return lineNo;
    }

    public boolean isPriced() {
        return unitPrice != null;
    }

    /** The unit price, once the stock is reserved. */
    public Money unitPrice(String currency) {
        return unitPrice == null ? null : new Money(unitPrice, currency);
    }

    public Money lineTotal(String currency) {
        return unitPrice == null ? null : new Money(unitPrice, currency).times(quantity);
    }

    /** Grams per unit, once the stock is reserved. */
    public Integer weightGrams() {
        return weightGrams;
    }
}
