package dev.microserves.recommendation.domain;

/**
 * What this service takes for a sku: what the order events may carry (1..64 characters, the
 * schema's bound) under the shared text rules. The service never sees the catalogue, so it holds
 * skus as opaque names and does not impose the inventory's spelling on them.
 */
public final class Skus {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = "must be 1..64 characters, not blank, without control or bidirectional characters";

    private Skus() {
    }

    public static boolean isValid(String sku) {
        return BoundedText.isValid(sku, MAX_LENGTH);
    }
}
