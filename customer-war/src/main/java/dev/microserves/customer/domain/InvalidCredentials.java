package dev.microserves.customer.domain;

import dev.microserves.support.problem.ProblemException;

/** Wrong email, password, client id or secret: one answer for all, so nobody learns which. */
public class InvalidCredentials extends ProblemException {
    public InvalidCredentials() {
        super(401, "invalid-credentials", "Invalid credentials", "The credentials are not valid.");
    }
}
