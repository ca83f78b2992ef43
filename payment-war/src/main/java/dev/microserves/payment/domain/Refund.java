package dev.microserves.payment.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Money given back from a captured payment; made only by {@link Payment#refund(Money, String)}. */
@Entity
@Table(name = "refunds")
public class Refund {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false)
    private Payment payment;

    /** The same column as {@link #payment}, readable without loading the payment. */
    @Column(name = "payment_id", insertable = false, updatable = false)
    private UUID paymentId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 12, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))})
    private Money amount;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Refund() {
        // for JPA
    }

    Refund(Payment payment, Money amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a refund needs a reason");
        }
        this.id = UUID.randomUUID();
        this.payment = Objects.requireNonNull(payment, "payment");
        this.paymentId = payment.id();
        this.amount = Objects.requireNonNull(amount, "amount");
        this.reason = reason.strip();
        this.createdAt = Clock.now();
    }

    public UUID id() {
        return id;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public Money amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
