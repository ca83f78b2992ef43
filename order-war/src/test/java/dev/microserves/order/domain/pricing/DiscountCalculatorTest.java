package dev.microserves.order.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.order.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscountCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2100-01-01T00:00:00Z");
    private static final CustomerBenefits PREMIUM = new CustomerBenefits(new BigDecimal("0.10"), true);

    private final DiscountCalculator calculator = new DiscountCalculator();

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void aStandardCustomerWithoutPromoGetsNothingOff() {
        assertThat(calculator.discountFor(usd("80.00"), CustomerBenefits.NONE, null, NOW)).isEqualTo(usd("0.00"));
    }

    @Test
    void aPremiumCustomerGetsItsRateOffTheSubtotal() {
        assertThat(calculator.discountFor(usd("80.00"), PREMIUM, null, NOW)).isEqualTo(usd("8.00"));
        assertThat(calculator.discountFor(usd("33.33"), PREMIUM, null, NOW)).isEqualTo(usd("3.33"));
    }

    @Test
    void aPercentPromoAppliesToWhatIsLeftAfterThePremiumDiscount() {
        PromoCode tenOff = PromoCode.percentOff("WELCOME10", new BigDecimal("10"), new BigDecimal("20.00"), LONG_AGO, FAR_AHEAD);
        assertThat(calculator.discountFor(usd("100.00"), CustomerBenefits.NONE, tenOff, NOW)).isEqualTo(usd("10.00"));
        // 10.00 premium, then 10% of 90.00
        assertThat(calculator.discountFor(usd("100.00"), PREMIUM, tenOff, NOW)).isEqualTo(usd("19.00"));
    }

    @Test
    void anAmountPromoNeverTakesMoreThanTheSubtotal() {
        PromoCode fiveOff = PromoCode.amountOff("SAVE5", new BigDecimal("5.00"), BigDecimal.ZERO, LONG_AGO, FAR_AHEAD);
        assertThat(calculator.discountFor(usd("30.00"), CustomerBenefits.NONE, fiveOff, NOW)).isEqualTo(usd("5.00"));
        assertThat(calculator.discountFor(usd("3.00"), CustomerBenefits.NONE, fiveOff, NOW)).isEqualTo(usd("3.00"));
    }

    @Test
    void shouldRefuseAPromoBelowItsMinimumSpendMeasuredBeforeDiscounts() {
        PromoCode fiveOff = PromoCode.amountOff("SAVE5", new BigDecimal("5.00"), new BigDecimal("30.00"), LONG_AGO, FAR_AHEAD);
        assertThat(calculator.discountFor(usd("30.00"), PREMIUM, fiveOff, NOW)).isEqualTo(usd("8.00"));
        assertThatThrownBy(() -> calculator.discountFor(usd("29.99"), CustomerBenefits.NONE, fiveOff, NOW))
                .isInstanceOf(PromoCodeRefused.class)
                .hasMessageContaining("at least 30.00 USD");
    }

    @Test
    void shouldRefuseAPromoOutsideItsValidityWindow() {
        PromoCode spring = PromoCode.percentOff("SPRING", new BigDecimal("20"), BigDecimal.ZERO,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-06-01T12:00:00Z"));
        assertThatThrownBy(() -> calculator.discountFor(usd("50.00"), CustomerBenefits.NONE, spring, NOW))
                .isInstanceOf(PromoCodeRefused.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> calculator.discountFor(usd("50.00"), CustomerBenefits.NONE, spring,
                Instant.parse("2026-02-28T23:59:59Z")))
                .isInstanceOf(PromoCodeRefused.class).hasMessageContaining("not valid yet");
        assertThat(calculator.discountFor(usd("50.00"), CustomerBenefits.NONE, spring,
                Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(usd("10.00"));
    }
}
