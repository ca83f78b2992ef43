package dev.microserves.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void isExactToTheCentWithoutFloatingPointErrors() {
        Money sum = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));

        assertThat(sum).isEqualTo(Money.of("0.30", "USD"));
        assertThat(sum.amountText()).isEqualTo("0.30");
        assertThat(Money.of("100.00", "USD").minus(Money.of("33.33", "USD")).amountText()).isEqualTo("66.67");
    }

    @Test
    void alwaysHasTwoFractionDigitsAndNoExponent() {
        assertThat(Money.of("19.9", "USD").amountText()).isEqualTo("19.90");
        assertThat(Money.of(new BigDecimal("1E+3"), "USD").amountText()).isEqualTo("1000.00");
        assertThat(Money.zero("EUR").amountText()).isEqualTo("0.00");
    }

    @Test
    void neverRoundsAnythingAway() {
        assertThatThrownBy(() -> Money.of("19.999", "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two fraction digits");
        assertThat(Money.of("19.990", "USD").amountText()).isEqualTo("19.99");
    }

    @Test
    void refusesNegativeAmountsOverflowAndBadCurrencies() {
        assertThatThrownBy(() -> Money.of("-0.01", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.00", "US")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("abc", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("10000000000.00", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("9999999999.99", "USD").amountText()).isEqualTo("9999999999.99");
        assertThatThrownBy(() -> Money.of("1.00", "USD").minus(Money.of("1.01", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of("1.00", "USD").plus(Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.00", "USD").isGreaterThan(Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("1.00", "USD")).isNotEqualTo(Money.of("1.00", "EUR"));
    }

    @Test
    void comparesByValue() {
        assertThat(Money.of("5.00", "USD").isGreaterThan(Money.of("4.99", "USD"))).isTrue();
        assertThat(Money.of("5.00", "USD").isGreaterThan(Money.of("5.0", "USD"))).isFalse();
        assertThat(Money.of("5.00", "USD")).isEqualTo(Money.of(new BigDecimal("5"), "USD"))
                .hasSameHashCodeAs(Money.of(new BigDecimal("5"), "USD"));
        assertThat(Money.zero("USD").isZero()).isTrue();
        assertThat(Money.of("0.01", "USD").isPositive()).isTrue();
    }
}
