package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.domain.StockMovement;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units to add (positive) or remove (negative) on hand, and why. */
@Schema(example = "{\"delta\": 25, \"reason\": \"delivery 2026-11-28\"}")
public record StockAdjustmentRequest(
        @Schema(minimum = "-1000000", maximum = "1000000", description = "non-zero", example = "25")
        @NotNull @Min(-StockLevel.MAX_ADJUSTMENT) @Max(StockLevel.MAX_ADJUSTMENT) Integer delta,
        @Schema(maxLength = StockMovement.REASON_MAX, example = "delivery 2026-11-28")
        @NotNull @Text(max = StockMovement.REASON_MAX) String reason) {
}
