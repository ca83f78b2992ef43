package dev.microserves.customer.api;

/** Patterns request fields share: printable text without control characters (NUL breaks PostgreSQL). */
final class TextRules {
    static final String NO_CONTROL_CHARS = "^[^\\p{Cntrl}]*$";
    static final String NO_CONTROL_CHARS_MESSAGE = "must not contain control characters";
    static final String EMAIL = "^[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}]+\\.[^\\s@\\p{Cntrl}]+$";

    private TextRules() {
    }
}
