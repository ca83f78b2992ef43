package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Prices an order from its reserved lines: subtotal, then the discount
 * ({@link DiscountCalculator}), then shipping on the discounted subtotal ({@link ShippingService}).
 */
public class OrderPricing {

    private final DiscountCalculator discounts;
    private final ShippingService shipping;

    public OrderPricing(DiscountCalculator discounts, ShippingService shipping) {
        this.discounts = Objects.requireNonNull(discounts, "discounts");
        this.shipping = Objects.requireNonNull(shipping, "shipping");
    }

    public PriceBreakdown price(List<PricedItem> items, String currency, CustomerBenefits benefits,
                                PromoCode promo, String destinationCountry, Instant at) {
        Money subtotal = items.stream().map(PricedItem::lineTotal).reduce(Money.zero(currency), Money::plus);
        Money discount = discounts.discountFor(subtotal, benefits, promo, at);
        Money discounted = subtotal.minus(discount);
        long weight = items.stream().mapToLong(PricedItem::totalWeightGrams).sum();
        Money shippingCost = shipping.shippingFor(weight, destinationCountry, discounted, benefits.freeShipping());
        return new PriceBreakdown(subtotal, discount, shippingCost, discounted.plus(shippingCost));
    }
}
