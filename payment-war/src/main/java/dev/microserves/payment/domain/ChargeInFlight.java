package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/**
 * Another charge for the same order is being processed right now (under another Idempotency-Key).
 * It shares the idempotency store's in-flight answer: not final, so a retry with the same key gets
 * the real outcome once the other charge has finished.
 */
public class ChargeInFlight extends ProblemException {
    public ChargeInFlight(UUID orderId) {
        super(409, "idempotency-in-flight", "Request in flight",
                "Another charge for order " + orderId + " is being processed; retry shortly.");
        with("orderId", orderId.toString());
        with("retryAfterSeconds", 1);
    }
}
