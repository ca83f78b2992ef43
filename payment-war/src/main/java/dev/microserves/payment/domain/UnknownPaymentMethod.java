package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/**
 * A charge naming a card token or PayPal token that does not exist or belongs to another customer:
 * the request is well formed but cannot be acted on. Which of the two is not said.
 */
public class UnknownPaymentMethod extends ProblemException {
    public UnknownPaymentMethod() {
        super(422, "unknown-payment-method", "Unknown payment method",
                "The payment token is not known for this customer. Tokenize the card first "
                        + "(POST /api/payment-methods/tokens) or link the PayPal account "
                        + "(POST /api/payment-methods/paypal), and charge with the token it returns.");
    }
}
