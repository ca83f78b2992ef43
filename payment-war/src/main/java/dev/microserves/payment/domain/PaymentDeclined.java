package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/** The gateway refused the charge; the payment is recorded as DECLINED with the gateway's code. */
public class PaymentDeclined extends ProblemException {
    public PaymentDeclined(Payment payment) {
        super(402, "payment-declined", "Payment declined",
                "The payment was declined (" + payment.declineCode() + "). Nothing was charged; "
                        + "try another payment method.");
        with("declineCode", payment.declineCode());
        with("paymentId", payment.id().toString());
        with("orderId", payment.orderId().toString());
    }
}
