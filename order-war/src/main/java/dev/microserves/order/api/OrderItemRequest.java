package dev.microserves.order.api;

import dev.microserves.order.domain.OrderItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One line of a new order: a product and how many (1..1000). */
public record OrderItemRequest(
        @NotNull @Pattern(regexp = TextRules.SKU, message = TextRules.SKU_MESSAGE) String sku,
        @NotNull @Min(1) @Max(OrderItem.MAX_QUANTITY) Integer quantity) {

    OrderItem toItem() {
        return new OrderItem(sku, quantity);
    }
}
