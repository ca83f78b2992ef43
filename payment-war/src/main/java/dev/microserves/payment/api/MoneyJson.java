package dev.microserves.payment.api;

import dev.microserves.payment.domain.Money;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money as the API writes it: {@code {"amount": "19.99", "currency": "USD"}}, the amount a string, never a float. */
@Schema(name = "Money", description = "An amount with exactly two fraction digits, as a string, and an ISO 4217 currency")
public record MoneyJson(
        @Schema(example = "19.99", maxLength = MoneyJson.AMOUNT_MAX_LENGTH)
        @NotNull @Text(max = MoneyJson.AMOUNT_MAX_LENGTH, pattern = MoneyJson.AMOUNT,
                patternMessage = "must be a decimal with exactly two fraction digits, e.g. 19.99") String amount,
        @Schema(example = "USD")
        @NotNull @Text(max = 3, pattern = "[A-Z]{3}", patternMessage = "must be an ISO 4217 currency code, e.g. USD")
        String currency) {

    /**
     * Up to ten integer digits (numeric(12, 2)) and exactly two fraction digits. Checked only within
     * {@link #AMOUNT_MAX_LENGTH} characters, and the pattern is bounded classes in sequence: it
     * backtracks at most ten steps, whatever the input.
     */
    static final String AMOUNT = "[0-9]{1,10}\\.[0-9]{2}";
    static final int AMOUNT_MAX_LENGTH = Money.MAX_INTEGER_DIGITS + 1 + Money.SCALE;

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
