package dev.microserves.customer.api;

import dev.microserves.customer.domain.CardPaymentMethod;
import dev.microserves.customer.domain.PayPalPaymentMethod;
import dev.microserves.customer.domain.PaymentMethod;
import java.util.UUID;

/** A payment method with the token to charge it by; card fields are null for PayPal and the reverse. */
public record PaymentMethodResponse(UUID id, String type, String token, String brand, String last4,
                                    Integer expMonth, Integer expYear, String payerEmail) {

    static PaymentMethodResponse of(PaymentMethod method) {
        if (method instanceof CardPaymentMethod card) {
            return new PaymentMethodResponse(card.id(), card.type(), card.token(), card.brand(), card.last4(),
                    card.expMonth(), card.expYear(), null);
        }
        PayPalPaymentMethod paypal = (PayPalPaymentMethod) method;
        return new PaymentMethodResponse(paypal.id(), paypal.type(), paypal.token(), null, null, null, null,
                paypal.payerEmail());
    }
}
