package dev.microserves.payment.api;

import dev.microserves.payment.domain.PayPalAgreement;
import java.util.UUID;

/** A PayPal token, the payer it charges and the customer it is bound to. */
public record PayPalTokenResponse(String token, String payerEmail, UUID customerId) {

    static PayPalTokenResponse of(PayPalAgreement agreement) {
        return new PayPalTokenResponse(agreement.token(), agreement.payerEmail(), agreement.customerId());
    }
}
