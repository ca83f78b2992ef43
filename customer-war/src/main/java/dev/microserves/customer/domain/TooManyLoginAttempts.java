package dev.microserves.customer.domain;

import dev.microserves.support.problem.ProblemException;

/** Too many failed sign-ins for one account, or from one address, in a short time; try again after the lockout. */
public class TooManyLoginAttempts extends ProblemException {
    public TooManyLoginAttempts(long retryAfterSeconds) {
        super(429, "too-many-attempts", "Too many attempts",
                "Too many failed sign-ins. Try again later.");
        with("retryAfterSeconds", Math.max(1, retryAfterSeconds));
    }
}
