package dev.microserves.support.web;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/**
 * Query parameters read as strings and checked here, so that a bad value is a 400 naming the
 * parameter (JAX-RS answers a failed conversion of a query parameter with a 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A UUID in its canonical 36-character form, or null when the parameter is absent or blank. */
    public static UUID optionalUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            if (trimmed.length() == 36) {
                return UUID.fromString(trimmed);
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw ProblemException.validation(name, "must be a UUID");
    }
}
