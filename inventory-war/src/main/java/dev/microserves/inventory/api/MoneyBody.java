package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Money;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money as the API writes it: {@code {"amount": "19.99", "currency": "USD"}}. */
@Schema(name = "Money", description = "An amount with exactly two fraction digits, as a string, in an ISO 4217 currency")
public record MoneyBody(
        @Schema(pattern = Money.AMOUNT_PATTERN, example = "19.99")
        @NotNull @Text(max = Money.AMOUNT_MAX_LENGTH, pattern = Money.AMOUNT_PATTERN, patternMessage = Money.AMOUNT_MESSAGE)
        String amount,
        @Schema(pattern = Money.CURRENCY_PATTERN, example = "USD", description = "the deployment's currency; another one is a 422 (unsupported-currency)")
        @NotNull @Text(min = Money.CURRENCY_LENGTH, max = Money.CURRENCY_LENGTH, pattern = Money.CURRENCY_PATTERN, patternMessage = Money.CURRENCY_MESSAGE)
        String currency) {

    Money toMoney() {
        return Money.of(amount, currency);
    }

    static MoneyBody of(Money money) {
        return new MoneyBody(money.amountText(), money.currency());
    }
}
