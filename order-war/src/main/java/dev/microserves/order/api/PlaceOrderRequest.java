package dev.microserves.order.api;

import dev.microserves.order.service.OrderPlacement;
import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new order: whose it is, what (1..100 lines, each sku once), where to and paid how (the
 * customer's own address and payment method), and optionally a promo code. Prices, totals and
 * status are never taken from the client.
 */
@Schema(example = "{\"customerId\": \"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d\", \"items\": [{\"sku\": \"TEA-EARLGREY-250G\", \"quantity\": 2}], \"shippingAddressId\": \"c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f\", \"paymentMethodId\": \"e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b\"}")
public record PlaceOrderRequest(
        @NotNull UUID customerId,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid OrderItemRequest> items,
        @NotNull UUID shippingAddressId,
        @NotNull UUID paymentMethodId,
        @Schema(maxLength = PlaceOrderRequest.PROMO_CODE_MAX, pattern = PlaceOrderRequest.PROMO_CODE_PATTERN)
        @Text(max = PROMO_CODE_MAX, pattern = PROMO_CODE_PATTERN, patternMessage = PROMO_CODE_MESSAGE) String promoCode) {

    /** A promo code: letters, digits and dashes; the length is checked before the pattern. */
    static final int PROMO_CODE_MAX = 32;
    static final String PROMO_CODE_PATTERN = "^[A-Za-z0-9-]{1,32}$";
    static final String PROMO_CODE_MESSAGE = "must be 1..32 letters, digits or '-'";

    /** Each sku may appear once; a repeated one is a 400 naming the line. */
    void requireDistinctSkus() {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).sku())) {
                errors.add(new FieldError("items[" + i + "].sku", "appears more than once in the order"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    OrderPlacement.PlaceOrder toCommand(String idempotencyKey) {
        return new OrderPlacement.PlaceOrder(customerId, items.stream().map(OrderItemRequest::toItem).toList(),
                shippingAddressId, paymentMethodId, promoCode, idempotencyKey, RequestFingerprint.of(this));
    }
}
