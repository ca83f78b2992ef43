package dev.microserves.support.web;

import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} and {@code size} query parameters of a collection request, checked: page ≥ 0,
 * size 1..100, default 0 and 20. Taken as strings so that {@code size=abc} is a 400 like every
 * other invalid input (JAX-RS would answer a failed query parameter conversion with a 404).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    public <T> Page<T> toPage(List<T> items, long totalItems) {
        return new Page<>(items, page, size, totalItems);
    }

    private static int parse(String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return fallback;
        }
    }
}
