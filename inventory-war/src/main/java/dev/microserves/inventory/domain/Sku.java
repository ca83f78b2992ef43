package dev.microserves.inventory.domain;

import java.util.regex.Pattern;

/**
 * What a stock-keeping unit looks like: 2..40 capital letters, digits and dashes, not starting
 * with a dash ({@code TEA-EARLGREY-250G}). The same rule is a CHECK constraint in the database.
 */
public final class Sku {

    public static final String PATTERN = "^[A-Z0-9][A-Z0-9-]{1,39}$";
    public static final String MESSAGE = "must be 2..40 capital letters, digits or dashes, not starting with a dash";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Sku() {
    }

    public static boolean isValid(String sku) {
        return sku != null && VALID.matcher(sku).matches();
    }
}
