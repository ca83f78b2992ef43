package dev.microserves.payment.api;

import dev.microserves.payment.domain.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refund: how much (everything still refundable when absent) and why. */
@Schema(name = "RefundRequest")
public record RefundRequest(
        @Schema(description = "defaults to everything still refundable") @Valid MoneyJson amount,
        @Schema(example = "order cancelled")
        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.NO_CONTROL_CHARS, message = TextRules.NO_CONTROL_CHARS_MESSAGE)
        String reason) {

    /** The amount asked for, or null for "everything still refundable". */
    Money money() {
        return amount == null ? null : amount.toPositiveMoney("amount");
    }
}
