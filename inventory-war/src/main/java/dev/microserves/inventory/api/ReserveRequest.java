package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.RequestedItem;
import dev.microserves.inventory.domain.RequestedItems;
import dev.microserves.inventory.domain.Sku;
import dev.microserves.support.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stock to hold for an order: 1..100 lines, each sku once, each quantity 1..1000. */
@Schema(example = "{\"orderId\": \"3f1c2b9a-6d4e-4f5a-8b7c-9d0e1f2a3b4c\", \"items\": [{\"sku\": \"TEA-EARLGREY-250G\", \"quantity\": 2}]}")
public record ReserveRequest(
        @NotNull UUID orderId,
        @Schema(minItems = 1, maxItems = RequestedItems.MAX_LINES)
        @NotNull @Size(min = 1, max = RequestedItems.MAX_LINES) List<@NotNull @Valid Line> items) {

    /** One line of the request. */
    @Schema(name = "ReserveLine")
    public record Line(
            @Schema(pattern = Sku.PATTERN)
            @NotNull @Text(min = Sku.MIN_LENGTH, max = Sku.MAX_LENGTH, pattern = Sku.PATTERN, patternMessage = Sku.MESSAGE) String sku,
            @Schema(minimum = "1", maximum = "1000")
            @NotNull @Min(1) @Max(RequestedItems.MAX_QUANTITY) Integer quantity) {
    }

    /** The lines, checked further (each sku once). */
    RequestedItems toItems() {
        return RequestedItems.of(items.stream().map(l -> new RequestedItem(l.sku(), l.quantity())).toList());
    }
}
