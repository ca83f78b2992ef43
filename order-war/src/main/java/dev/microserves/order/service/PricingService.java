package dev.microserves.order.service;

import dev.microserves.order.domain.Money;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderLine;
import dev.microserves.order.domain.pricing.CustomerBenefits;
import dev.microserves.order.domain.pricing.DiscountCalculator;
import dev.microserves.order.domain.pricing.OrderPricing;
import dev.microserves.order.domain.pricing.PriceBreakdown;
import dev.microserves.order.domain.pricing.PricedItem;
import dev.microserves.order.domain.pricing.PromoCode;
import dev.microserves.order.domain.pricing.ShippingRates;
import dev.microserves.order.domain.pricing.ShippingService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prices orders with the deployment's currency and shipping tariff ({@code microserves.currency},
 * {@code microserves.shipping.*}); the rules themselves are {@link OrderPricing}'s.
 */
@ApplicationScoped
public class PricingService {

    @Inject
    @ConfigProperty(name = "microserves.currency", defaultValue = "USD")
    String currency;

    @Inject
    @ConfigProperty(name = "microserves.shipping.home-country", defaultValue = "US")
    String homeCountry;

    @Inject
    @ConfigProperty(name = "microserves.shipping.domestic-base", defaultValue = "4.99")
    BigDecimal domesticBase;

    @Inject
    @ConfigProperty(name = "microserves.shipping.domestic-per-kg", defaultValue = "1.00")
    BigDecimal domesticPerKg;

    @Inject
    @ConfigProperty(name = "microserves.shipping.international-base", defaultValue = "14.99")
    BigDecimal internationalBase;

    @Inject
    @ConfigProperty(name = "microserves.shipping.international-per-kg", defaultValue = "4.00")
    BigDecimal internationalPerKg;

    @Inject
    @ConfigProperty(name = "microserves.shipping.free-threshold")
    Optional<BigDecimal> freeThreshold;

    private OrderPricing pricing;

    @PostConstruct
    void configure() {
        ShippingRates rates = new ShippingRates(homeCountry, money(domesticBase), money(domesticPerKg),
                money(internationalBase), money(internationalPerKg), freeThreshold.map(this::money).orElse(null));
        pricing = new OrderPricing(new DiscountCalculator(), new ShippingService(rates));
    }

    public String currency() {
        return currency;
    }

    /** Prices the order's reserved lines for its shipping address; {@code promo} may be null. */
    public PriceBreakdown price(Order order, CustomerBenefits benefits, PromoCode promo) {
        List<PricedItem> items = order.lines().stream().map(line -> item(order, line)).toList();
        return pricing.price(items, order.currency(), benefits, promo, order.shippingAddress().country(), Instant.now());
    }

    private static PricedItem item(Order order, OrderLine line) {
        return new PricedItem(line.quantity(), line.unitPrice(order.currency()), line.weightGrams());
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }
}
