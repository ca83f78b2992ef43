package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/**
 * The gateway could not be reached or failed: nothing was captured (the attempt is recorded as
 * FAILED) and the same request may be retried, with the same Idempotency-Key.
 */
public class ProcessorUnavailable extends ProblemException {

    public static final int RETRY_AFTER_SECONDS = 2;

    public ProcessorUnavailable(Payment payment) {
        super(503, "processor-unavailable", "Payment processor unavailable",
                "The " + payment.processor() + " processor is unavailable. Nothing was charged; retry later.");
        with("paymentId", payment.id().toString());
        with("orderId", payment.orderId().toString());
        with("retryAfterSeconds", RETRY_AFTER_SECONDS);
    }
}
