package dev.microserves.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A PayPal payer linked to one customer, the way a real billing agreement works: the payer's
 * e-mail is vaulted here once, bound to the customer who linked it, and charges name only the
 * token. So a customer can pay with the PayPal account it linked, never with an e-mail typed into
 * a charge, and never with another customer's agreement.
 */
@Entity
@Table(name = "paypal_agreements")
public class PayPalAgreement {

    public static final String PREFIX = "pp_";

    @Id
    @Column(length = 35)
    private String token;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "payer_email", nullable = false, length = 254)
    private String payerEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PayPalAgreement() {
        // for JPA
    }

    private PayPalAgreement(String payerEmail, UUID customerId) {
        this.token = Tokens.next(PREFIX);
        this.payerEmail = Objects.requireNonNull(payerEmail, "payerEmail");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.createdAt = Clock.now();
    }

    /** A new agreement: the payer's e-mail, bound to the customer who linked it. */
    public static PayPalAgreement link(String payerEmail, UUID customerId) {
        return new PayPalAgreement(payerEmail, customerId);
    }

    /** Whether the token has the shape of a PayPal token (not whether one exists). */
    public static boolean isToken(String candidate) {
        return candidate != null && Tokens.hasShape(candidate, PREFIX);
    }

    /** Whether this agreement may pay for the given customer: only the one who linked it. */
    public boolean usableBy(UUID payingCustomerId) {
        return customerId.equals(payingCustomerId);
    }

    public String token() {
        return token;
    }

    public UUID customerId() {
        return customerId;
    }

    public String payerEmail() {
        return payerEmail;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
