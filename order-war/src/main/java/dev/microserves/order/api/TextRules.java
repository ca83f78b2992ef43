package dev.microserves.order.api;

/** Patterns request fields share. */
final class TextRules {
    /** A product's sku: letters, digits, dot, dash, underscore; no blanks or control characters. */
    static final String SKU = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String SKU_MESSAGE = "must be 1..64 letters, digits, '.', '-' or '_'";
    static final String PROMO_CODE = "^[A-Za-z0-9-]{1,32}$";
    static final String PROMO_CODE_MESSAGE = "must be 1..32 letters, digits or '-'";

    private TextRules() {
    }
}
