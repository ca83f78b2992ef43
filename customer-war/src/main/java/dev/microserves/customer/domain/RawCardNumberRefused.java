package dev.microserves.customer.domain;

import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import java.util.List;

/** A card number where a token belongs: refused without being stored, logged or echoed. */
public class RawCardNumberRefused extends ProblemException {
    public RawCardNumberRefused() {
        super(400, "validation", "Invalid request", "Card numbers are never accepted here; "
                + "tokenize the card at the payment service (POST /api/payment-methods/tokens) and send the token.");
        with("errors", List.of(new FieldError("token", "must be a payment-service token, not a card number")));
    }
}
