package dev.microserves.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of one currency, exact to the cent: a {@link BigDecimal} with two fraction digits,
 * never a floating-point number. Never negative (this service has no use for negative money).
 */
@Embeddable
public class Money {

    public static final int SCALE = 2;
    /** Fits numeric(12, 2). */
    public static final int MAX_INTEGER_DIGITS = 10;

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

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

    /**
     * Money from an amount that must be exact to the cent ({@code 19.9} is fine, {@code 19.999} is
     * not: nothing is ever rounded away) and an ISO 4217 code.
     */
    public static Money of(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        BigDecimal cents;
        try {
            cents = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreThanTwoFractionDigits) {
            throw new IllegalArgumentException("amount must not have more than two fraction digits");
        }
        if (cents.precision() - cents.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("amount is too large");
        }
        return new Money(cents, currency);
    }

    /** Money from its API form, e.g. {@code ("19.99", "USD")}. */
    public static Money of(String amount, String currency) {
        try {
            return of(new BigDecimal(Objects.requireNonNull(amount, "amount")), currency);
        } catch (NumberFormatException notADecimal) {
            throw new IllegalArgumentException("amount must be a decimal number");
        }
    }

    public static Money zero(String currency) {
        return of(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return of(amount.add(other.amount), currency);
    }

    /** The difference; refuses to go below zero. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return of(amount.subtract(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    public boolean hasCurrency(String code) {
        return currency.equals(code);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    /** The amount as the API writes it: always two fraction digits, never an exponent. */
    public String amountText() {
        return amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amountText() + " " + currency;
    }
}
