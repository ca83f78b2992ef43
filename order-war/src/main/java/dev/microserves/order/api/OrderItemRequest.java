package dev.microserves.order.api;

import dev.microserves.order.domain.OrderItem;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a new order: a product and how many (1..1000). */
public record OrderItemRequest(
        @Schema(maxLength = OrderItemRequest.SKU_MAX, pattern = OrderItemRequest.SKU_PATTERN)
        @NotNull @Text(max = SKU_MAX, pattern = SKU_PATTERN, patternMessage = SKU_MESSAGE) String sku,
        @NotNull @Min(1) @Max(OrderItem.MAX_QUANTITY) Integer quantity) {

    /** A product's sku: letters, digits, dot, dash, underscore; the length is checked before the pattern. */
    static final int SKU_MAX = 64;
    static final String SKU_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String SKU_MESSAGE = "must be 1..64 letters, digits, '.', '-' or '_'";

    OrderItem toItem() {
        return new OrderItem(sku, quantity);
    }
}
