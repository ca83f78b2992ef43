package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/**
 * A charge for an order that already has a captured payment for another customer or amount: one
 * captured payment per order, and this request does not describe it.
 */
public class OrderAlreadyPaid extends ProblemException {
    public OrderAlreadyPaid(Payment captured) {
        super(409, "order-already-paid", "Order already paid",
                "Order " + captured.orderId() + " already has a captured payment of " + captured.amount()
                        + "; it is charged once only.");
        with("paymentId", captured.id().toString());
        with("orderId", captured.orderId().toString());
    }
}
