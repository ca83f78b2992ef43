package dev.microserves.order.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.domain.Money;
import org.junit.jupiter.api.Test;

class ShippingServiceTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private final ShippingService shipping = new ShippingService(new ShippingRates("US",
            usd("4.99"), usd("1.00"), usd("14.99"), usd("4.00"), usd("100.00")));

    @Test
    void aDomesticParcelCostsTheBasePlusEveryStartedKilogram() {
        assertThat(shipping.shippingFor(0, "US", usd("10.00"), false)).isEqualTo(usd("4.99"));
        assertThat(shipping.shippingFor(1, "US", usd("10.00"), false)).isEqualTo(usd("5.99"));
        assertThat(shipping.shippingFor(1000, "us", usd("10.00"), false)).isEqualTo(usd("5.99"));
        assertThat(shipping.shippingFor(1001, "US", usd("10.00"), false)).isEqualTo(usd("6.99"));
    }

    @Test
    void anInternationalParcelPaysTheInternationalTariff() {
        assertThat(shipping.shippingFor(2500, "DE", usd("10.00"), false)).isEqualTo(usd("26.99"));
    }

    @Test
    void isFreeForPremiumCustomersWhateverTheWeight() {
        assertThat(shipping.shippingFor(50_000, "JP", usd("1.00"), true)).isEqualTo(usd("0.00"));
    }

    @Test
    void isFreeFromTheThresholdOnMeasuredOnTheDiscountedSubtotal() {
        assertThat(shipping.shippingFor(3000, "US", usd("100.00"), false)).isEqualTo(usd("0.00"));
        assertThat(shipping.shippingFor(3000, "US", usd("99.99"), false)).isEqualTo(usd("7.99"));
    }

    @Test
    void withoutAThresholdOnlyTheTierShipsFree() {
        ShippingService noThreshold = new ShippingService(new ShippingRates("US",
                usd("4.99"), usd("1.00"), usd("14.99"), usd("4.00"), null));
        assertThat(noThreshold.shippingFor(0, "US", usd("10000.00"), false)).isEqualTo(usd("4.99"));
    }
}
