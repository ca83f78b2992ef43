package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * What shipping an order costs: by its total weight (every started kilogram counts) and its
 * destination country (home or international tariff). Free for customers whose tier ships free,
 * and for orders whose discounted subtotal reaches the free-shipping threshold.
 */
public class ShippingService {

    private final ShippingRates rates;

    public ShippingService(ShippingRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    public Money shippingFor(long totalWeightGrams, String country, Money discountedSubtotal, boolean freeShipping) {
        if (totalWeightGrams < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
        Objects.requireNonNull(country, "country");
        if (freeShipping || (rates.freeThreshold() != null && discountedSubtotal.isAtLeast(rates.freeThreshold()))) {
            return Money.zero(discountedSubtotal.currency());
        }
        long startedKilograms = (totalWeightGrams + 999) / 1000;
        boolean domestic = rates.homeCountry().equals(country.toUpperCase(Locale.ROOT));
        Money base = domestic ? rates.domesticBase() : rates.internationalBase();
        Money perKg = domestic ? rates.domesticPerKg() : rates.internationalPerKg();
        return base.plus(perKg.times(startedKilograms));
    }
}
