package dev.microserves.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A way a customer pays, by reference only: a token the payment service issued and bound to this
 * customer, for a card ({@link CardPaymentMethod}) or a PayPal vault ({@link PayPalPaymentMethod}).
 * Never a card number.
 */
@Entity
@Table(name = "payment_methods")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "type", length = 16)
public abstract class PaymentMethod {

    /** What a new payment method says; each kind knows how to become its entity. */
    public sealed interface Details permits CardPaymentMethod.Details, PayPalPaymentMethod.Details {
        PaymentMethod attachTo(Customer customer);
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** What the payment service charges; only the {@code service} role can use it. */
    @Column(length = 100)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaymentMethod() {
        // for JPA
    }

    protected PaymentMethod(Customer customer, String token) {
        this.id = UUID.randomUUID();
        this.customer = customer;
        this.token = token;
        this.createdAt = Instant.now();
    }

    /** "CARD" or "PAYPAL", as the API names it. */
    public abstract String type();

    public UUID id() {
        return id;
    }

    /** The payment service's token; null only for a PayPal method added before tokens were required. */
    public String token() {
        return token;
    }
}
