package dev.microserves.customer.api;

import dev.microserves.customer.domain.CardPaymentMethod;
import dev.microserves.customer.domain.PayPalPaymentMethod;
import dev.microserves.customer.domain.PaymentMethod;
import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A new payment method: {@code {type: "CARD", token}} with the token the payment service issued
 * (and, optionally, the brand, last4 and expiry it returned, for display), or
 * {@code {type: "PAYPAL", payerEmail}}. {@code number} and {@code cvc} exist only to be refused.
 */
public record PaymentMethodRequest(
        @NotNull @Pattern(regexp = "^(CARD|PAYPAL)$", message = "must be CARD or PAYPAL") String type,
        @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be a payment-service token") String token,
        @Size(max = 20) @Pattern(regexp = "^[A-Za-z ]+$", message = "must be a card brand name") String brand,
        @Pattern(regexp = "^[0-9]{4}$", message = "must be four digits") String last4,
        @Min(1) @Max(12) Integer expMonth,
        @Min(2000) @Max(2100) Integer expYear,
        @Size(max = 254) @Pattern(regexp = TextRules.EMAIL, message = "must be an email address") String payerEmail,
        String number,
        String cvc) {

    PaymentMethod.Details toDetails() {
        if (number != null || cvc != null) {
            throw new dev.microserves.customer.domain.RawCardNumberRefused();
        }
        List<FieldError> missing = new ArrayList<>();
        if ("CARD".equals(type) && token == null) {
            missing.add(new FieldError("token", "is required for a CARD"));
        }
        if ("PAYPAL".equals(type) && payerEmail == null) {
            missing.add(new FieldError("payerEmail", "is required for PAYPAL"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.validation(missing);
        }
        return "CARD".equals(type)
                ? new CardPaymentMethod.Details(token, brand, last4, expMonth, expYear)
                : new PayPalPaymentMethod.Details(payerEmail);
    }
}
