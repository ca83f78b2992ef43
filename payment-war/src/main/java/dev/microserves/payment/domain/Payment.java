package dev.microserves.payment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One attempt to charge an order: it starts {@link PaymentStatus#PENDING} (holding the order while
 * the gateway is asked), records the gateway's outcome once, and, when captured, takes refunds
 * that never add up to more than it captured.
 */
@Entity
@Table(name = "payments")
public class Payment {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Embedded
    private Money amount;

    @Column(name = "refunded_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal refundedTotal;

    @Column(nullable = false, length = 32)
    private String processor;

    @Embedded
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentStatus status;

    @Column(name = "decline_code", length = 40)
    private String declineCode;

    @Column(name = "failure_reason", length = 200)
    private String failureReason;

    @Column(name = "gateway_reference", length = 64)
    private String gatewayReference;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<Refund> refunds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    private Payment(UUID orderId, UUID customerId, Money amount, PaymentMethod method, String processor) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment's amount must be greater than zero");
        }
        this.id = UUID.randomUUID();
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.amount = amount;
        this.refundedTotal = BigDecimal.ZERO.setScale(Money.SCALE);
        this.method = Objects.requireNonNull(method, "method");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.status = PaymentStatus.PENDING;
        this.createdAt = Clock.now();
        this.updatedAt = createdAt;
    }

    /** A new charge attempt, pending until its processor reports the gateway's outcome. */
    public static Payment start(UUID orderId, UUID customerId, Money amount, PaymentMethod method, String processor) {
        return new Payment(orderId, customerId, amount, method, processor);
    }

    /** Records what the gateway answered; a payment records one outcome only. */
    public void record(ChargeOutcome outcome) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("payment " + id + " already " + status);
        }
        if (outcome instanceof ChargeOutcome.Captured captured) {
            status = PaymentStatus.CAPTURED;
            gatewayReference = captured.gatewayReference();
        } else if (outcome instanceof ChargeOutcome.Declined declined) {
            status = PaymentStatus.DECLINED;
            declineCode = declined.declineCode();
        } else {
            status = PaymentStatus.FAILED;
            failureReason = truncate(((ChargeOutcome.Failed) outcome).reason(), 200);
        }
        touch();
    }

    /**
     * Refunds part or all of what is left of the capture.
     *
     * @param requested the amount to refund, or null for everything still refundable
     */
    public Refund refund(Money requested, String reason) {
        if (status != PaymentStatus.CAPTURED) {
            throw new PaymentNotCaptured(this);
        }
        Money refundable = refundable();
        Money refunded = requested == null ? refundable : requested;
        if (!refunded.hasCurrency(amount.currency())) {
            throw new UnsupportedCurrency(refunded.currency(), amount.currency());
        }
        if (refunded.isZero() || refunded.isGreaterThan(refundable)) {
            throw new RefundExceedsCapture(this, refunded);
        }
        refundedTotal = refundedTotal.add(refunded.amount());
        Refund refund = new Refund(this, refunded, reason);
        refunds.add(refund);
        touch();
        return refund;
    }

    /** What is captured and not yet refunded. */
    public Money refundable() {
        return status == PaymentStatus.CAPTURED ? amount.minus(refunded()) : Money.zero(amount.currency());
    }

    public Money refunded() {
        return Money.of(refundedTotal, amount.currency());
    }

    /** Whether a charge for the same customer and amount would be this very payment again. */
    public boolean isSameChargeAs(UUID otherCustomerId, Money otherAmount) {
        return customerId.equals(otherCustomerId) && amount.equals(otherAmount);
    }

    /** Whether this payment has been pending since before the cutoff (its request died mid-charge). */
    public boolean isPendingSince(Instant cutoff) {
        return status == PaymentStatus.PENDING && createdAt.isBefore(cutoff);
    }

    public boolean isPaidBy(UUID someCustomerId) {
        return customerId.equals(someCustomerId);
    }

    public boolean isCaptured() {
        return status == PaymentStatus.CAPTURED;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID customerId() {
        return customerId;
    }

    public Money amount() {
        return amount;
    }

    public String processor() {
        return processor;
    }

    public PaymentMethod method() {
        return method;
    }

    public PaymentStatus status() {
        return status;
    }

    public String declineCode() {
        return declineCode;
    }

    public String failureReason() {
        return failureReason;
    }

    public String gatewayReference() {
        return gatewayReference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private void touch() {
        updatedAt = Clock.now();
    }
}
