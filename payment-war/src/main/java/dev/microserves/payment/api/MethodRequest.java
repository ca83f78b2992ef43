package dev.microserves.payment.api;

import dev.microserves.payment.domain.MethodDetails;
import dev.microserves.support.text.EmailAddress;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to pay: {@code {type: "CARD", token: "tok_…"}} or {@code {type: "PAYPAL", token: "pp_…"}}.
 * Each processor checks the token's shape for its type; the service looks it up and checks whose it is.
 */
@Schema(name = "PaymentMethodRequest")
public record MethodRequest(
        @Schema(example = "CARD", enumeration = {"CARD", "PAYPAL"})
        @NotNull @Text(max = 16, pattern = "[A-Z_]+", patternMessage = "must be a payment method type such as CARD or PAYPAL")
        String type,
        @Schema(description = "CARD: a card token from POST /api/payment-methods/tokens (tok_ and 32 letters or digits); "
                + "PAYPAL: a PayPal token from POST /api/payment-methods/paypal (pp_ and 32 letters or digits), "
                + "which must belong to the charge's customer", example = "tok_4eC39HqLyjWDarjtT1zdp7dcAbCdEfGh")
        @Text(max = 36) String token,
        @Schema(description = "Not accepted (400): a PayPal charge names its token, and the token names the payer",
                deprecated = true)
        @EmailAddress String payerEmail) {

    MethodDetails toDetails() {
        return new MethodDetails(type, token, payerEmail);
    }
}
