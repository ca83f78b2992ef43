package dev.microserves.payment.api;

import dev.microserves.payment.domain.Money;
import dev.microserves.support.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refund: how much (everything still refundable when absent) and why. */
@Schema(name = "RefundRequest", example = "{\"reason\": \"order cancelled\"}")
public record RefundRequest(
        @Schema(description = "defaults to everything still refundable") @Valid MoneyJson amount,
        @Schema(example = "order cancelled", maxLength = 500, description = "1..500 characters, not blank, "
                + "no control characters or bidirectional overrides")
        @NotNull @Text(max = 500) String reason) {

    /** The amount asked for, or null for "everything still refundable". */
    Money money() {
        return amount == null ? null : amount.toPositiveMoney("amount");
    }
}
