package dev.microserves.edge.service;

import dev.microserves.support.problem.ProblemException;

/** The client sent more requests than its limit allows: 429 {@code rate-limited} with {@code Retry-After}. */
public class RateLimited extends ProblemException {

    public RateLimited(long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests",
                "This client sent more requests than the storefront allows; try again in " + retryAfterSeconds + " s.");
        with("retryAfterSeconds", retryAfterSeconds);
    }
}
