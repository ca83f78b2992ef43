package dev.microserves.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A card, known here only by the payment service's token and what may be shown of it (brand, last
 * four digits, expiry). Only the {@code service} role can charge a token.
 */
@Entity
@DiscriminatorValue("CARD")
public class CardPaymentMethod extends PaymentMethod {

    private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9 -]{12,23}");

    /** A card reference; a raw card number in place of the token is refused. */
    public record Details(String token, String brand, String last4, Integer expMonth, Integer expYear)
            implements PaymentMethod.Details {
        public Details {
            Objects.requireNonNull(token, "token");
            if (looksLikeCardNumber(token)) {
                throw new RawCardNumberRefused();
            }
        }

        @Override
        public PaymentMethod attachTo(Customer customer) {
            return new CardPaymentMethod(customer, this);
        }
    }

    @Column(length = 20)
    private String brand;

    @Column(length = 4)
    private String last4;

    @Column(name = "exp_month")
    private Integer expMonth;

    @Column(name = "exp_year")
    private Integer expYear;

    protected CardPaymentMethod() {
        // for JPA
    }

    private CardPaymentMethod(Customer customer, Details details) {
        super(customer, details.token());
        this.brand = details.brand();
        this.last4 = details.last4();
        this.expMonth = details.expMonth();
        this.expYear = details.expYear();
    }

    /** Twelve or more digits (spaces and dashes aside) are a card number, whatever the field is called. */
    public static boolean looksLikeCardNumber(String value) {
        return value != null && DIGITS_ONLY.matcher(value.trim()).matches()
                && value.replaceAll("[ -]", "").length() >= 12;
    }

    @Override
    public String type() {
        return "CARD";
    }

    public String brand() {
        return brand;
    }

    public String last4() {
        return last4;
    }

    public Integer expMonth() {
        return expMonth;
    }

    public Integer expYear() {
        return expYear;
    }
}
