package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import java.time.Instant;

/**
 * How much comes off an order's subtotal. A premium customer's rate applies first, to the whole
 * subtotal; a promo code then applies to what is left. A promo code must be valid at the time of
 * the order and its minimum spend is measured on the subtotal before any discount. The discount
 * never exceeds the subtotal.
 */
public class DiscountCalculator {

    /**
     * The total discount on {@code subtotal}; {@code promo} may be null. Throws
     * {@link PromoCodeRefused} when the promo code cannot be used for this order.
     */
    public Money discountFor(Money subtotal, CustomerBenefits benefits, PromoCode promo, Instant at) {
        Money tierDiscount = subtotal.times(benefits.discountRate());
        Money promoDiscount = Money.zero(subtotal.currency());
        if (promo != null) {
            promo.requireValidAt(at);
            promo.requireMinimumSpend(subtotal);
            promoDiscount = promo.discountOn(subtotal.minus(tierDiscount));
        }
        return tierDiscount.plus(promoDiscount).min(subtotal);
    }
}
