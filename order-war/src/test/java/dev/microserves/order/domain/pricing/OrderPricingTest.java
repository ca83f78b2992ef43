package dev.microserves.order.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private final OrderPricing pricing = new OrderPricing(new DiscountCalculator(), new ShippingService(
            new ShippingRates("US", usd("4.99"), usd("1.00"), usd("14.99"), usd("4.00"), usd("100.00"))));

    private final List<PricedItem> items = List.of(
            new PricedItem(2, usd("19.99"), 400),
            new PricedItem(1, usd("5.00"), 1500));

    @Test
    void aStandardCustomerPaysSubtotalPlusShippingByWeight() {
        PriceBreakdown price = pricing.price(items, "USD", CustomerBenefits.NONE, null, "US", Instant.now());
        assertThat(price.subtotal()).isEqualTo(usd("44.98"));
        assertThat(price.discount()).isEqualTo(usd("0.00"));
        assertThat(price.shipping()).isEqualTo(usd("7.99")); // 2300 g: 3 started kg
        assertThat(price.total()).isEqualTo(usd("52.97"));
    }

    @Test
    void aPremiumCustomerGetsItsDiscountAndShipsFree() {
        PriceBreakdown price = pricing.price(items, "USD", new CustomerBenefits(new BigDecimal("0.10"), true),
                null, "FR", Instant.now());
        assertThat(price.discount()).isEqualTo(usd("4.50"));
        assertThat(price.shipping()).isEqualTo(usd("0.00"));
        assertThat(price.total()).isEqualTo(usd("40.48"));
    }

    @Test
    void shippingThresholdIsMeasuredAfterTheDiscount() {
        List<PricedItem> big = List.of(new PricedItem(1, usd("105.00"), 100));
        PromoCode tenOff = PromoCode.amountOff("TEN", new BigDecimal("10.00"), BigDecimal.ZERO,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
        PriceBreakdown price = pricing.price(big, "USD", CustomerBenefits.NONE, tenOff, "US", Instant.now());
        assertThat(price.discount()).isEqualTo(usd("10.00"));
        assertThat(price.shipping()).isEqualTo(usd("5.99"));
        assertThat(price.total()).isEqualTo(usd("100.99"));
    }
}
