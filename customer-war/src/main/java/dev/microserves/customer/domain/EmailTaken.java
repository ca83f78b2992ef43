package dev.microserves.customer.domain;

import dev.microserves.support.problem.ProblemException;

/** Registration with an email another customer already has. */
public class EmailTaken extends ProblemException {
    public EmailTaken() {
        super(409, "email-taken", "Email already registered",
                "A customer with this email already exists. Sign in instead, or use another email.");
    }
}
