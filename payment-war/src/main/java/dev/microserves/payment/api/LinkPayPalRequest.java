package dev.microserves.payment.api;

import dev.microserves.support.text.EmailAddress;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PayPal payer to link to a customer: the payer's e-mail, and (for an admin) whose it is. */
@Schema(name = "LinkPayPalRequest", example = "{\"payerEmail\": \"buyer@example.com\"}")
public record LinkPayPalRequest(
        @Schema(example = "buyer@example.com", maxLength = 254)
        @NotNull @EmailAddress String payerEmail,
        @Schema(description = "the customer the agreement is bound to: required for an admin; a customer may omit it "
                + "or must give its own id")
        UUID customerId) {
}
