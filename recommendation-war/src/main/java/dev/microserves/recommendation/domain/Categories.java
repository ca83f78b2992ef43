package dev.microserves.recommendation.domain;

/** A category name as the inventory events carry it (1..100 characters) under the shared text rules. */
public final class Categories {

    public static final int MAX_LENGTH = 100;
    public static final String RULE = "must be 1..100 characters, not blank, without control or bidirectional characters";

    private Categories() {
    }

    public static boolean isValid(String category) {
        return BoundedText.isValid(category, MAX_LENGTH);
    }
}
