package dev.microserves.customer.domain;

import dev.microserves.support.problem.ProblemException;

/** A customer may keep a bounded number of addresses and payment methods. */
public class LimitReached extends ProblemException {
    public LimitReached(String what, int max) {
        super(409, "limit-reached", "Limit reached", "A customer can keep at most " + max + " " + what + ".");
        with("field", what);
    }
}
