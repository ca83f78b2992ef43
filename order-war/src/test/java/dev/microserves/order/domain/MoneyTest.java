package dev.microserves.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void alwaysHasTwoFractionDigitsRoundedHalfUp() {
        assertThat(Money.of("19.9", "USD").amount().toPlainString()).isEqualTo("19.90");
        assertThat(Money.of("10.00", "USD").times(new BigDecimal("0.125")).amount().toPlainString()).isEqualTo("1.25");
        assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5")).amount().toPlainString()).isEqualTo("0.03");
    }

    @Test
    void neverGoesBelowZeroNorMixesCurrencies() {
        assertThat(Money.of("1.00", "USD").minus(Money.of("2.00", "USD"))).isEqualTo(Money.zero("USD"));
        assertThatThrownBy(() -> Money.of("-1", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class);
    }
}
