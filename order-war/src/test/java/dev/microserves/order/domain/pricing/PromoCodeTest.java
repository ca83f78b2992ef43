package dev.microserves.order.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.order.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PromoCodeTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void codesCompareWithoutCaseOrBlanks() {
        assertThat(PromoCode.normalize(" welcome10 ")).isEqualTo("WELCOME10");
        assertThat(PromoCode.percentOff("save-10", BigDecimal.TEN, BigDecimal.ZERO, FROM, UNTIL).code()).isEqualTo("SAVE-10");
    }

    @Test
    void isValidFromItsStartUntilJustBeforeItsEnd() {
        PromoCode code = PromoCode.percentOff("X", BigDecimal.TEN, BigDecimal.ZERO, FROM, UNTIL);
        code.requireValidAt(FROM);
        code.requireValidAt(UNTIL.minusNanos(1000));
        assertThatThrownBy(() -> code.requireValidAt(UNTIL)).isInstanceOf(PromoCodeRefused.class);
        assertThatThrownBy(() -> code.requireValidAt(FROM.minusSeconds(1))).isInstanceOf(PromoCodeRefused.class);
    }

    @Test
    void aPercentCodeRoundsToTheCentAndNeverExceedsTheAmount() {
        PromoCode third = PromoCode.percentOff("THIRD", new BigDecimal("33.33"), BigDecimal.ZERO, FROM, UNTIL);
        assertThat(third.discountOn(Money.of("10.00", "USD"))).isEqualTo(Money.of("3.33", "USD"));
        PromoCode all = PromoCode.percentOff("ALL", new BigDecimal("100"), BigDecimal.ZERO, FROM, UNTIL);
        assertThat(all.discountOn(Money.of("10.00", "USD"))).isEqualTo(Money.of("10.00", "USD"));
    }

    @Test
    void shouldRefuseNonsenseCodes() {
        assertThatThrownBy(() -> PromoCode.percentOff("X", new BigDecimal("101"), BigDecimal.ZERO, FROM, UNTIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PromoCode.amountOff("X", BigDecimal.ZERO, BigDecimal.ZERO, FROM, UNTIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PromoCode.amountOff("X", BigDecimal.ONE, BigDecimal.ZERO, UNTIL, FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
