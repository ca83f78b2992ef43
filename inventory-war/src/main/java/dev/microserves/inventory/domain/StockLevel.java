package dev.microserves.inventory.domain;

/**
 * A product's stock: {@code onHand} units in the warehouse, {@code reserved} of them held for
 * orders, the rest {@code available}. The database keeps {@code 0 <= reserved <= onHand}; this
 * value only describes a state read from it.
 */
public record StockLevel(int onHand, int reserved) {

    /** The most a product may have on hand; keeps every sum far from integer overflow. */
    public static final int MAX_ON_HAND = 1_000_000_000;
    /** The largest single adjustment, and the largest initial stock. */
    public static final int MAX_ADJUSTMENT = 1_000_000;

    public static final StockLevel NONE = new StockLevel(0, 0);

    public StockLevel {
        if (reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException("stock must satisfy 0 <= reserved <= onHand, got " + onHand + "/" + reserved);
        }
    }

    public int available() {
        return onHand - reserved;
    }

    /** Whether {@code delta} can be applied to on-hand without dropping below what is reserved. */
    public boolean allows(int delta) {
        long after = (long) onHand + delta;
        return after >= reserved && after <= MAX_ON_HAND;
    }

    public Shortage shortageFor(String sku, int requested) {
        return new Shortage(sku, requested, available());
    }
}
