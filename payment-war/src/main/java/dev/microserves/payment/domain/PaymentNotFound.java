package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** No payment with this id (or none the caller may see: a customer is not told others' exist). */
public class PaymentNotFound extends ProblemException {
    public PaymentNotFound(UUID id) {
        super(404, "not-found", "Not found", "No payment " + id + ".");
    }
}
