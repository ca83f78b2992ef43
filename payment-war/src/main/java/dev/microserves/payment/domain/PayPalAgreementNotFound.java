package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/** No such PayPal token, or not one the caller may see. */
public class PayPalAgreementNotFound extends ProblemException {
    public PayPalAgreementNotFound() {
        super(404, "not-found", "Not found", "No such PayPal token.");
    }
}
