package dev.microserves.support.problem;

/** One invalid field of a request, as reported in a validation problem's {@code errors} list. */
public record FieldError(String field, String message) {
}
