package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/** A refund of a payment that took no money (declined, failed or still pending). */
public class PaymentNotCaptured extends ProblemException {
    public PaymentNotCaptured(Payment payment) {
        super(409, "payment-not-captured", "Payment not captured",
                "Payment " + payment.id() + " is " + payment.status() + "; only a captured payment can be refunded.");
        with("paymentStatus", payment.status().name());
    }
}
