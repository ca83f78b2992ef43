package dev.microserves.support.text;

/**
 * What a text field may hold. Each method reads its input once, left to right, and never
 * backtracks: its cost is linear in the input whatever the input is.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTERS_MESSAGE = "must not contain control characters";
    public static final String LINE_TEXT_CONTROL_CHARACTERS_MESSAGE =
            "must not contain control characters other than tabs and line breaks";

    private TextRules() {
    }

    /**
     * Characters no text field stores: C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls
     * (U+0080–U+009F), the bidirectional embeddings and overrides (U+202A–U+202E) and isolates
     * (U+2066–U+2069). NUL breaks PostgreSQL; the others rewrite what logs and screens show.
     */
    public static boolean isForbidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Tabs and line breaks are allowed in multi-line text (a description), nothing else of the above. */
    public static boolean isForbiddenInMultiline(char c) {
        return c != '\t' && c != '\n' && c != '\r' && isForbidden(c);
    }

    /** The index of the first forbidden character, or -1. */
    public static int firstForbidden(CharSequence text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiline ? isForbiddenInMultiline(c) : isForbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Free of forbidden characters (single-line rules). */
    public static boolean isClean(CharSequence text) {
        return firstForbidden(text, false) < 0;
    }

    /** Only white space, or empty. */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An e-mail address as the services accept one: {@code local@domain} with exactly one {@code @},
     * a non-empty local part, and a domain of non-empty labels separated by dots (at least two), with
     * no white space and no forbidden character anywhere. One pass, no pattern.
     */
    public static boolean isEmailAddress(CharSequence text) {
        int at = -1;
        int lastDot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c) || Character.isWhitespace(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0 || i == 0) {
                    return false;
                }
                at = i;
                lastDot = i;
            } else if (c == '.' && at >= 0) {
                if (i == lastDot + 1) {
                    return false; // an empty label: "a@.b", "a@b..c"
                }
                lastDot = i;
            }
        }
        return at > 0 && lastDot > at && lastDot < text.length() - 1;
    }
}
