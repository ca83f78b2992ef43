package dev.microserves.customer.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** No customer with this id. */
public class CustomerNotFound extends ProblemException {
    public CustomerNotFound(UUID id) {
        super(404, "not-found", "Not found", "No customer " + id + ".");
    }
}
