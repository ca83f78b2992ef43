package dev.microserves.customer.api;

import dev.microserves.customer.domain.CardPaymentMethod;
import dev.microserves.customer.domain.PayPalPaymentMethod;
import dev.microserves.customer.domain.PaymentMethod;
import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.text.EmailAddress;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new payment method: {@code {type: "CARD", token}} with the card token the payment service
 * issued (and, optionally, the brand, last4 and expiry it returned, for display), or
 * {@code {type: "PAYPAL", token, payerEmail?}} with the PayPal vault token the payment service
 * issued for this customer ({@code pp_} and 32 letters or digits). A payer email alone is refused:
 * nobody verified it, so it could be anyone's. {@code number} and {@code cvc} exist only to be refused.
 */
@Schema(example = "{\"type\": \"CARD\", \"token\": \"tok_4eC39HqLyjWDarjtT1zdp7dcAbCdEfGh\", \"brand\": \"Visa\", \"last4\": \"4242\", \"expMonth\": 12, \"expYear\": 2030}")
public record PaymentMethodRequest(
        @NotNull @Text(max = 6, pattern = "CARD|PAYPAL", patternMessage = "must be CARD or PAYPAL") String type,
        @Schema(description = "CARD: a card token from the payment service; PAYPAL: a vault token pp_ + 32 letters or digits")
        @Text(max = 100, pattern = "[A-Za-z0-9_-]+", patternMessage = "must be a payment-service token") String token,
        @Text(max = 20, pattern = "[A-Za-z ]+", patternMessage = "must be a card brand name") String brand,
        @Text(max = 4, pattern = "[0-9]{4}", patternMessage = "must be four digits") String last4,
        @Min(1) @Max(12) Integer expMonth,
        @Min(2000) @Max(2100) Integer expYear,
        @Schema(description = "PAYPAL only, optional: the payer's email, for display")
        @EmailAddress String payerEmail,
        @Schema(hidden = true) String number,
        @Schema(hidden = true) String cvc) {

    PaymentMethod.Details toDetails() {
        if (number != null || cvc != null) {
            throw new dev.microserves.customer.domain.RawCardNumberRefused();
        }
        List<FieldError> errors = new ArrayList<>();
        if ("CARD".equals(type) && token == null) {
            errors.add(new FieldError("token", "is required for a CARD"));
        }
        if ("PAYPAL".equals(type) && !PayPalPaymentMethod.isVaultToken(token)) {
            errors.add(new FieldError("token", "must be a PayPal vault token from the payment service (pp_ and 32 letters or digits)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return "CARD".equals(type)
                ? new CardPaymentMethod.Details(token, brand, last4, expMonth, expYear)
                : new PayPalPaymentMethod.Details(token, payerEmail);
    }
}
