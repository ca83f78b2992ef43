package dev.microserves.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.support.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void shouldKeepExactlyTwoFractionDigits() {
        Money money = Money.of("19.90", "USD");

        assertThat(money.amountText()).isEqualTo("19.90");
        assertThat(money.currency()).isEqualTo("USD");
        assertThat(money).isEqualTo(Money.of("19.90", "USD")).isNotEqualTo(Money.of("19.90", "EUR"));
        assertThat(Money.of("0.00", "USD").amountText()).isEqualTo("0.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.00", "19.9", "19.999", "19", "1e3", "", " 1.00", "01.00", "12345678901.00", "NaN"})
    void shouldRefuseAmountsThatAreNotNonNegativeWithTwoDecimals(String amount) {
        assertThatThrownBy(() -> Money.of(amount, "USD")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "USDX", "U$D"})
    void shouldRefuseCurrenciesThatAreNotIsoCodes(String currency) {
        assertThatThrownBy(() -> Money.of("1.00", currency)).isInstanceOf(ProblemException.class);
    }
}
