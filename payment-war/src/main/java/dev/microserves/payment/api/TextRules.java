package dev.microserves.payment.api;

/** Patterns request fields share: printable text without control characters (NUL breaks PostgreSQL). */
final class TextRules {
    static final String NO_CONTROL_CHARS = "^[^\\p{Cntrl}]*$";
    static final String NO_CONTROL_CHARS_MESSAGE = "must not contain control characters";
    static final String EMAIL = "^[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}]+\\.[^\\s@\\p{Cntrl}]+$";
    static final String AMOUNT = "^[0-9]{1,10}\\.[0-9]{2}$";
    static final String AMOUNT_MESSAGE = "must be a decimal with exactly two fraction digits, e.g. 19.99";

    private TextRules() {
    }
}
