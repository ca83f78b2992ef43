package dev.microserves.inventory.domain;

import java.util.regex.Pattern;

/**
 * What a stock-keeping unit looks like: 2..40 capital letters, digits and dashes, not starting
 * with a dash ({@code TEA-EARLGREY-250G}). The same rule is a CHECK constraint in the database.
 */
public final class Sku {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;
    public static final String PATTERN = "^[A-Z0-9][A-Z0-9-]{1,39}$";
    public static final String MESSAGE = "must be 2..40 capital letters, digits or dashes, not starting with a dash";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Sku() {
    }

    public static boolean isValid(String sku) {
        // The length first, so that the pattern only ever sees a short value.
        return sku != null && sku.length() >= MIN_LENGTH && sku.length() <= MAX_LENGTH && VALID.matcher(sku).matches();
    }
}
