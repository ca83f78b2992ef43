package dev.microserves.support.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

/**
 * Recognises a request body that JSON-B could not read (bad syntax, a wrong type, an unknown enum
 * constant) whichever wrapper the runtime puts around it, and names it without the parser's
 * message: those messages carry Java class names.
 */
final class JsonReadFailures {

    private JsonReadFailures() {
    }

    static boolean isCausedByUnreadableJson(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException
                    || t instanceof jakarta.json.JsonException
                    || t instanceof java.time.format.DateTimeParseException
                    || t instanceof NumberFormatException) {
                return true;
            }
            if (t instanceof ProblemException) {
                return false;
            }
        }
        return false;
    }

    static ProblemException malformed() {
        return new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON for this endpoint: check its syntax, the field types and enum values.");
    }

    /** A body-size refusal raised while the body was being read, under whatever wrapper. */
    static ProblemException problemInside(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
