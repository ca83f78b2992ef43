package dev.microserves.support.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal the API contract names: an HTTP status, a problem slug, a short title and a detail
 * for humans, plus optional extension members (for example {@code shortages} or {@code orderId}).
 * Pure Java on purpose, so that domain exceptions can extend it without depending on JAX-RS.
 */
public class ProblemException extends RuntimeException {

    public static final String TYPE_PREFIX = "https://microserves.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                "The request has invalid fields; see errors.").with("errors", List.copyOf(errors));
    }

    public static ProblemException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    /** Adds an extension member to the problem body; returns this for chaining. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
