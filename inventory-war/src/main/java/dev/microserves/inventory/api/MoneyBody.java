package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money as the API writes it: {@code {"amount": "19.99", "currency": "USD"}}. */
@Schema(name = "Money", description = "An amount with exactly two fraction digits, as a string, in an ISO 4217 currency")
public record MoneyBody(
        @Schema(pattern = Money.AMOUNT_PATTERN, example = "19.99")
        @NotNull @Pattern(regexp = Money.AMOUNT_PATTERN, message = "must be a non-negative decimal string with exactly two fraction digits")
        String amount,
        @Schema(pattern = Money.CURRENCY_PATTERN, example = "USD", description = "the deployment's currency; another one is a 422 (unsupported-currency)")
        @NotNull @Pattern(regexp = Money.CURRENCY_PATTERN, message = "must be an ISO 4217 code (three capital letters)")
        String currency) {

    Money toMoney() {
        return Money.of(amount, currency);
    }

    static MoneyBody of(Money money) {
        return new MoneyBody(money.amountText(), money.currency());
    }
}
