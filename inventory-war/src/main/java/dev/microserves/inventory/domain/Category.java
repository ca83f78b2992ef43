package dev.microserves.inventory.domain;

import java.util.regex.Pattern;

/**
 * What a category looks like: a lower-case slug of 1..60 letters, digits and dashes
 * ({@code coffee}, {@code kitchen-tools}), so that filtering by category is an exact match.
 */
public final class Category {

    public static final int MAX_LENGTH = 60;
    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,59}$";
    public static final String MESSAGE = "must be 1..60 lower-case letters, digits or dashes, not starting with a dash";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Category() {
    }

    public static boolean isValid(String category) {
        // The length first, so that the pattern only ever sees a short value.
        return category != null && !category.isEmpty() && category.length() <= MAX_LENGTH
                && VALID.matcher(category).matches();
    }
}
