package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/** No such card token, or not one the caller may see. */
public class CardTokenNotFound extends ProblemException {
    public CardTokenNotFound() {
        super(404, "not-found", "Not found", "No such card token.");
    }
}
