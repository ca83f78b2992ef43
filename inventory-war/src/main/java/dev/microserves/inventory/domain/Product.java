package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A catalogue entry: what is sold under a sku, in which category, at which price and weight.
 * Its stock lives apart ({@link StockLevel}), so that reservations never contend with catalogue
 * edits and the product's version (its ETag) changes only when the product itself does.
 */
@Entity
@Table(name = "products")
public class Product {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int WEIGHT_MAX_GRAMS = 1_000_000;

    @Id
    @Column(length = 40)
    private String sku;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 60)
    private String category;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "price_amount", nullable = false, precision = 12, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "price_currency", nullable = false, length = 3))
    })
    private Money price;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(String sku, String name, String description, String category, Money price, int weightGrams) {
        if (!Sku.isValid(sku)) {
            throw ProblemException.validation("sku", Sku.MESSAGE);
        }
        this.sku = sku;
        rename(name);
        describe(description);
        moveTo(category);
        reprice(price);
        reweigh(weightGrams);
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.length() > NAME_MAX) {
            throw ProblemException.validation("name", "must be 1.." + NAME_MAX + " characters, not blank");
        }
        this.name = newName.strip();
        touch();
    }

    /** A blank description removes it. */
    public void describe(String newDescription) {
        if (newDescription != null && newDescription.length() > DESCRIPTION_MAX) {
            throw ProblemException.validation("description", "must be at most " + DESCRIPTION_MAX + " characters");
        }
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        touch();
    }

    public void moveTo(String newCategory) {
        if (!Category.isValid(newCategory)) {
            throw ProblemException.validation("category", Category.MESSAGE);
        }
        this.category = newCategory;
        touch();
    }

    public void reprice(Money newPrice) {
        if (newPrice == null) {
            throw ProblemException.validation("price", "must not be null");
        }
        this.price = newPrice;
        touch();
    }

    public void reweigh(int grams) {
        if (grams < 1 || grams > WEIGHT_MAX_GRAMS) {
            throw ProblemException.validation("weightGrams", "must be between 1 and " + WEIGHT_MAX_GRAMS);
        }
        this.weightGrams = grams;
        touch();
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public Money price() {
        return price;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    private void touch() {
        this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
