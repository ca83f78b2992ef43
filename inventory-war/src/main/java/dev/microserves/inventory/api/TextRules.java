package dev.microserves.inventory.api;

/**
 * Patterns request fields share. Control characters are refused (NUL breaks PostgreSQL, the rest
 * break logs and screens); a description may keep tabs and line breaks.
 */
final class TextRules {
    static final String NO_CONTROL_CHARS = "^[^\\p{Cc}]*$";
    static final String NO_CONTROL_CHARS_MESSAGE = "must not contain control characters";
    static final String NOT_BLANK_NO_CONTROL_CHARS = "^[^\\p{Cc}]*[^\\p{Cc}\\s][^\\p{Cc}]*$";
    static final String NOT_BLANK_NO_CONTROL_CHARS_MESSAGE = "must not be blank or contain control characters";
    // One character class (not an alternation) so that matching never recurses per character.
    static final String MULTILINE_TEXT = "^[[^\\p{Cc}]\\t\\n\\r]*$";
    static final String MULTILINE_TEXT_MESSAGE = "must not contain control characters other than tabs and line breaks";
    static final int QUERY_MAX = 200;

    private TextRules() {
    }
}
