package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one ISO 4217 currency, always with exactly two fraction digits. Written
 * as a decimal string ({@code "19.99"}) so that no client ever rounds it through a binary float.
 */
@Embeddable
public class Money {

    /** A non-negative amount with exactly two fraction digits, at most ten integer digits. */
    public static final String AMOUNT_PATTERN = "^(0|[1-9][0-9]{0,9})\\.[0-9]{2}$";
    public static final int AMOUNT_MAX_LENGTH = 13;
    public static final String AMOUNT_MESSAGE = "must be a non-negative decimal string with exactly two fraction digits";
    public static final String CURRENCY_PATTERN = "^[A-Z]{3}$";
    public static final int CURRENCY_LENGTH = 3;
    public static final String CURRENCY_MESSAGE = "must be an ISO 4217 code (three capital letters)";

    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);
    private static final Pattern CURRENCY = Pattern.compile(CURRENCY_PATTERN);

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** Reads the API form; anything but a non-negative two-decimal amount and a three-letter code is refused. */
    public static Money of(String amount, String currency) {
        if (amount == null || amount.length() > AMOUNT_MAX_LENGTH || !AMOUNT.matcher(amount).matches()) {
            throw ProblemException.validation("amount", AMOUNT_MESSAGE);
        }
        if (currency == null || currency.length() != CURRENCY_LENGTH || !CURRENCY.matcher(currency).matches()) {
            throw ProblemException.validation("currency", CURRENCY_MESSAGE);
        }
        return new Money(new BigDecimal(amount), currency);
    }

    public BigDecimal amount() {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount as the API writes it: {@code "19.99"}. */
    public String amountText() {
        return amount().toPlainString();
    }

    public String currency() {
        return currency;
    }

    public boolean isIn(String otherCurrency) {
        return currency.equals(otherCurrency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount().equals(money.amount()) && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount(), currency);
    }

    @Override
    public String toString() {
        return amountText() + " " + currency;
    }
}
