package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** No refund with this id on this payment. */
public class RefundNotFound extends ProblemException {
    public RefundNotFound(UUID paymentId, UUID refundId) {
        super(404, "not-found", "Not found", "No refund " + refundId + " of payment " + paymentId + ".");
    }
}
