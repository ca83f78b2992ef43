package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;

/** What an order costs: {@code total = subtotal - discount + shipping}. */
public record PriceBreakdown(Money subtotal, Money discount, Money shipping, Money total) {
}
