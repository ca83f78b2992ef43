/**
 * Where an order's price comes from, in plain Java: {@link dev.microserves.order.domain.pricing.OrderPricing}
 * adds up the reserved lines, takes off the {@link dev.microserves.order.domain.pricing.DiscountCalculator}'s
 * discount (premium rate, then a {@link dev.microserves.order.domain.pricing.PromoCode}) and adds the
 * {@link dev.microserves.order.domain.pricing.ShippingService}'s shipping (by weight and destination,
 * free for premium customers or above a threshold). Tariffs come from configuration
 * ({@code microserves.shipping.*}), promo codes from the {@code promo_codes} table.
 */
package dev.microserves.order.domain.pricing;
