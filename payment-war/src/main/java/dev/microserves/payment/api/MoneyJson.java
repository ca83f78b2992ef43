package dev.microserves.payment.api;

import dev.microserves.payment.domain.Money;
import dev.microserves.support.problem.ProblemException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money as the API writes it: {@code {"amount": "19.99", "currency": "USD"}}, the amount a string, never a float. */
@Schema(name = "Money", description = "An amount with exactly two fraction digits, as a string, and an ISO 4217 currency")
public record MoneyJson(
        @Schema(example = "19.99")
        @NotNull @Pattern(regexp = TextRules.AMOUNT, message = TextRules.AMOUNT_MESSAGE) String amount,
        @Schema(example = "USD")
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code, e.g. USD") String currency) {

    static MoneyJson of(Money money) {
        return new MoneyJson(money.amountText(), money.currency());
    }

    /** The money, which must be more than zero; {@code field} names it in the refusal. */
    Money toPositiveMoney(String field) {
        Money money = Money.of(amount, currency);
        if (!money.isPositive()) {
            throw ProblemException.validation(field + ".amount", "must be greater than 0");
        }
        return money;
    }
}
