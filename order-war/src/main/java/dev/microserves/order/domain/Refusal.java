package dev.microserves.order.domain;

import dev.microserves.support.problem.ProblemException;

/**
 * A definite "no" to a step of the saga: the other party answered and did nothing (out of stock,
 * payment declined, unknown customer...). Unlike {@link DependencyUnavailable}, a refusal is an
 * answer: it is never retried and never counts against a peer's circuit breaker.
 */
public abstract class Refusal extends ProblemException {
    protected Refusal(int status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }
}
