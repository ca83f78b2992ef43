package dev.microserves.customer.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** The customer has no address or payment method with this id. */
public class CustomerPartNotFound extends ProblemException {
    public CustomerPartNotFound(String what, UUID id) {
        super(404, "not-found", "Not found", "The customer has no " + what + " " + id + ".");
    }
}
