package dev.microserves.payment.api;

import dev.microserves.payment.domain.CardToken;
import dev.microserves.payment.domain.MethodDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to pay: {@code {type: "CARD", token}} or {@code {type: "PAYPAL", payerEmail}}. */
@Schema(name = "PaymentMethodRequest")
public record MethodRequest(
        @Schema(example = "CARD")
        @NotNull @Pattern(regexp = "^[A-Z_]{1,16}$", message = "must be a payment method type such as CARD or PAYPAL") String type,
        @Schema(description = "a card token from POST /api/payment-methods/tokens", example = "tok_4eC39HqLyjWDarjtT1zdp7dcAbCdEfGh")
        @Pattern(regexp = CardToken.PATTERN, message = "must be a card token from POST /api/payment-methods/tokens") String token,
        @Size(max = 254) @Pattern(regexp = TextRules.EMAIL, message = "must be an email address") String payerEmail) {

    MethodDetails toDetails() {
        return new MethodDetails(type, token, payerEmail);
    }
}
