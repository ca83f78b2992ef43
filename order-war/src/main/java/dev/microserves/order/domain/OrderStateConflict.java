package dev.microserves.order.domain;

import dev.microserves.support.problem.ProblemException;

/** A change the order's current state does not allow (cancelling a shipped order, say). */
public class OrderStateConflict extends ProblemException {
    public OrderStateConflict(String detail) {
        super(409, "order-state-conflict", "Order state conflict", detail);
    }
}
