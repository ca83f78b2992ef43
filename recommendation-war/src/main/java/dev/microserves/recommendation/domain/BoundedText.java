package dev.microserves.recommendation.domain;

import dev.microserves.support.text.TextRules;

/** A single-line name from an event or a request: 1..max characters under the shared text rules, not blank. */
final class BoundedText {

    private BoundedText() {
    }

    static boolean isValid(String value, int max) {
        // The length first: nothing else ever reads a long value.
        return value != null && !value.isEmpty() && value.length() <= max && TextRules.isClean(value)
                && !TextRules.isBlank(value);
    }
}
