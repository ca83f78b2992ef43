package dev.microserves.order.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** No order with this id. */
public class OrderNotFound extends ProblemException {
    public OrderNotFound(UUID id) {
        super(404, "not-found", "Not found", "No order " + id + ".");
    }
}
