package dev.microserves.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.Objects;

/**
 * A PayPal account, known by the vault token the payment service issued for this customer (the
 * way a real billing agreement binds a payer to a merchant's customer). The payer email is shown,
 * never trusted: the order service charges the token.
 */
@Entity
@DiscriminatorValue("PAYPAL")
public class PayPalPaymentMethod extends PaymentMethod {

    private static final String TOKEN_PREFIX = "pp_";
    private static final int TOKEN_RANDOM_LENGTH = 32;

    /** A PayPal reference: a vault token, and the payer's email for display (may be null). */
    public record Details(String token, String payerEmail) implements PaymentMethod.Details {
        public Details {
            if (!isVaultToken(token)) {
                throw new IllegalArgumentException("not a PayPal vault token");
            }
            payerEmail = payerEmail == null ? null : Customer.normalizeEmail(payerEmail);
        }

        @Override
        public PaymentMethod attachTo(Customer customer) {
            return new PayPalPaymentMethod(customer, this);
        }
    }

    @Column(name = "payer_email", length = 254)
    private String payerEmail;

    protected PayPalPaymentMethod() {
        // for JPA
    }

    private PayPalPaymentMethod(Customer customer, Details details) {
        super(customer, Objects.requireNonNull(details.token(), "token"));
        this.payerEmail = details.payerEmail();
    }

    /** {@code pp_} and 32 ASCII letters or digits, checked in one pass (no pattern). */
    public static boolean isVaultToken(String token) {
        if (token == null || token.length() != TOKEN_PREFIX.length() + TOKEN_RANDOM_LENGTH
                || !token.startsWith(TOKEN_PREFIX)) {
            return false;
        }
        for (int i = TOKEN_PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String type() {
        return "PAYPAL";
    }

    public String payerEmail() {
        return payerEmail;
    }
}
