package dev.microserves.order.domain.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the customer's tier gives: a share of the subtotal off (0.10 is ten per cent) and free
 * shipping. Both come from the customer service; a standard customer has neither.
 */
public record CustomerBenefits(BigDecimal discountRate, boolean freeShipping) {

    public static final CustomerBenefits NONE = new CustomerBenefits(BigDecimal.ZERO, false);

    public CustomerBenefits {
        Objects.requireNonNull(discountRate, "discountRate");
        if (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a discount rate is in [0, 1): " + discountRate);
        }
    }
}
