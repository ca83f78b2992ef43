package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * The shipping tariff: a base price plus a price per started kilogram, one pair for parcels to
 * the home country and one for everywhere else, and the discounted subtotal from which shipping
 * is free ({@code null}: never free by amount).
 */
public record ShippingRates(String homeCountry, Money domesticBase, Money domesticPerKg,
                            Money internationalBase, Money internationalPerKg, Money freeThreshold) {

    public ShippingRates {
        homeCountry = Objects.requireNonNull(homeCountry, "homeCountry").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(domesticBase, "domesticBase");
        Objects.requireNonNull(domesticPerKg, "domesticPerKg");
        Objects.requireNonNull(internationalBase, "internationalBase");
        Objects.requireNonNull(internationalPerKg, "internationalPerKg");
    }
}
