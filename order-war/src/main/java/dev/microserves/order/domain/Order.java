package dev.microserves.order.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order and the progress of the saga that places it. The order owns its state machine
 * ({@link OrderStatus}): every change goes through a method here that checks it is allowed, so an
 * illegal transition (confirming an unpaid order, cancelling a shipped one) cannot happen.
 *
 * <p>Besides its status the order records what it knows of its reservation and its payment, the
 * remote step whose outcome is in doubt, and when it should next be looked at; that is all a
 * recovery needs to finish the order after a lost answer or a crash.
 */
@Entity(name = "PurchaseOrder")
@Table(name = "orders")
public class Order {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "idempotency_key", nullable = false, length = 255)
    private String idempotencyKey;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "shipping_address_id", nullable = false)
    private UUID shippingAddressId;

    @Column(name = "payment_method_id", nullable = false)
    private UUID paymentMethodId;

    @Column(name = "promo_code", length = 32)
    private String promoCode;

    @Column(nullable = false, length = 3)
    private String currency;

    @Embedded
    private ShippingAddress shippingAddress;

    @Embedded
    private PaymentInstrument paymentInstrument;

    @Column(precision = 12, scale = 2)
    private BigDecimal subtotal;

    @Column(precision = 12, scale = 2)
    private BigDecimal discount;

    @Column(precision = 12, scale = 2)
    private BigDecimal shipping;

    @Column(precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "reservation_id")
    private UUID reservationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reservation_state", nullable = false, length = 16)
    private ReservationState reservationState;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_state", nullable = false, length = 16)
    private PaymentState paymentState;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_in_doubt", length = 16)
    private SagaStep stepInDoubt;

    @Embedded
    private OrderFailure failure;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
        // for JPA
    }

    /**
     * A new order, PENDING. {@code attempt} counts the orders placed under the same
     * Idempotency-Key (a retry after a rejection for unavailability is a new attempt);
     * {@code lookAgainAt} is when recovery should look at it if the request placing it dies.
     */
    public Order(UUID customerId, String idempotencyKey, int attempt, String requestHash, List<OrderItem> items,
                 UUID shippingAddressId, UUID paymentMethodId, String promoCode, String currency,
                 Instant now, Instant lookAgainAt) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        if (items.stream().map(OrderItem::sku).collect(Collectors.toSet()).size() != items.size()) {
            throw new IllegalArgumentException("each sku appears once");
        }
        this.id = UUID.randomUUID();
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.attempt = attempt;
        this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
        this.shippingAddressId = Objects.requireNonNull(shippingAddressId, "shippingAddressId");
        this.paymentMethodId = Objects.requireNonNull(paymentMethodId, "paymentMethodId");
        this.promoCode = promoCode;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.status = OrderStatus.PENDING;
        this.reservationState = ReservationState.NONE;
        this.paymentState = PaymentState.NONE;
        for (OrderItem item : items) {
            lines.add(new OrderLine(this, lines.size() + 1, item));
        }
        this.createdAt = now;
        this.updatedAt = now;
        this.nextAttemptAt = lookAgainAt;
    }

    // ---- placing: the forward path ------------------------------------------------------------

    /** The customer exists and the address and payment method are its own: keep copies of them. */
    public void customerVerified(ShippingAddress address, PaymentInstrument instrument) {
        requireStatus(OrderStatus.PENDING, "verify the customer of");
        this.shippingAddress = Objects.requireNonNull(address, "address");
        this.paymentInstrument = Objects.requireNonNull(instrument, "instrument");
        touch();
    }

    /** A remote step is about to be sent: until its answer is recorded, its outcome is in doubt. */
    public void attempting(SagaStep step) {
        if (status != OrderStatus.PENDING && status != OrderStatus.CANCELLED) {
            throw new OrderStateConflict("Order " + id + " is " + status + ": no step to take.");
        }
        this.stepInDoubt = Objects.requireNonNull(step, "step");
        touch();
    }

    /**
     * The inventory service holds (or held) stock for the order at these prices and weights. Also
     * used when recovery finds a reservation it did not hear about.
     */
    public void reserved(UUID reservationId, ReservationState state, List<ReservedLine> reservedLines) {
        requireStatus(OrderStatus.PENDING, "reserve stock for");
        Map<String, ReservedLine> bySku = reservedLines.stream()
                .collect(Collectors.toMap(ReservedLine::sku, Function.identity(), (a, b) -> a));
        if (!bySku.keySet().containsAll(lines.stream().map(OrderLine::sku).toList())) {
            throw new IllegalArgumentException("the reservation does not cover every line of order " + id);
        }
        this.reservationId = Objects.requireNonNull(reservationId, "reservationId");
        this.reservationState = Objects.requireNonNull(state, "state");
        for (OrderLine line : lines) {
            ReservedLine reserved = bySku.get(line.sku());
            line.price(reserved.unitPrice(), reserved.weightGrams());
        }
        clearDoubt(SagaStep.RESERVE);
    }

    /** The order's prices, computed from the reserved lines. */
    public void priced(Money subtotal, Money discount, Money shipping, Money total) {
        requireStatus(OrderStatus.PENDING, "price");
        if (reservationState != ReservationState.HELD) {
            throw new OrderStateConflict("Order " + id + " has no stock held to price.");
        }
        if (!subtotal.minus(discount).plus(shipping).equals(total)) {
            throw new IllegalArgumentException("total must be subtotal - discount + shipping");
        }
        this.subtotal = sameCurrency(subtotal).amount();
        this.discount = sameCurrency(discount).amount();
        this.shipping = sameCurrency(shipping).amount();
        this.total = sameCurrency(total).amount();
        touch();
    }

    /** The total was captured. */
    public void charged(UUID paymentId) {
        requireStatus(OrderStatus.PENDING, "charge");
        if (total == null) {
            throw new OrderStateConflict("Order " + id + " is not priced; nothing may be charged.");
        }
        this.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        this.paymentState = PaymentState.CAPTURED;
        clearDoubt(SagaStep.CHARGE);
    }

    /** The reserved stock left the shelves for this order. */
    public void committed() {
        if (reservationState != ReservationState.HELD && reservationState != ReservationState.COMMITTED) {
            throw new OrderStateConflict("Order " + id + " has no held stock to commit.");
        }
        this.reservationState = ReservationState.COMMITTED;
        clearDoubt(SagaStep.COMMIT);
    }

    /** Everything is in place: stock committed, payment captured. */
    public void confirm() {
        if (failure != null) {
            throw new OrderStateConflict("Order " + id + " failed and cannot be confirmed.");
        }
        if (reservationState != ReservationState.COMMITTED || !isPaidFor()) {
            throw new OrderStateConflict("Order " + id + " is confirmed only once its stock is committed and its payment captured.");
        }
        moveTo(OrderStatus.CONFIRMED);
        this.stepInDoubt = null;
        this.nextAttemptAt = null;
    }

    // ---- placing: the backward path -----------------------------------------------------------

    /** The order will not be placed; the first failure recorded is the one the client hears. */
    public void fail(OrderFailure why) {
        requireStatus(OrderStatus.PENDING, "fail");
        if (this.failure == null) {
            this.failure = Objects.requireNonNull(why, "why");
        }
        touch();
    }

    /** The held stock was given back. */
    public void released() {
        if (reservationState == ReservationState.HELD) {
            this.reservationState = ReservationState.RELEASED;
        }
        clearDoubt(SagaStep.RELEASE);
    }

    /** The captured payment was refunded in full. */
    public void refunded() {
        if (paymentState == PaymentState.CAPTURED) {
            this.paymentState = PaymentState.REFUNDED;
        }
        clearDoubt(SagaStep.REFUND);
    }

    /** The committed stock was put back on hand. */
    public void returned() {
        if (reservationState == ReservationState.COMMITTED) {
            this.reservationState = ReservationState.RETURNED;
        }
        clearDoubt(SagaStep.RETURN);
    }

    /** Rejected: only once it failed and nothing is left held or captured. */
    public void reject() {
        if (failure == null) {
            throw new OrderStateConflict("Order " + id + " has not failed; it cannot be rejected.");
        }
        if (holdsAnything()) {
            throw new OrderStateConflict("Order " + id + " still holds stock or money; compensate first.");
        }
        moveTo(OrderStatus.REJECTED);
        this.stepInDoubt = null;
        this.nextAttemptAt = null;
    }

    // ---- after confirmation -------------------------------------------------------------------

    /**
     * Cancels a confirmed order; its stock must then be returned and its payment refunded
     * ({@link #returned()}, {@link #refunded()}), which recovery retries from {@code retryAt} on.
     * Cancelling a cancelled order changes nothing.
     */
    public void cancel(Instant retryAt) {
        if (status == OrderStatus.CANCELLED) {
            return;
        }
        if (status != OrderStatus.CONFIRMED) {
            throw new OrderStateConflict("Order " + id + " is " + status + "; only a CONFIRMED order can be cancelled.");
        }
        moveTo(OrderStatus.CANCELLED);
        this.nextAttemptAt = retryAt;
    }

    /** Ships a confirmed order; shipping a shipped order changes nothing. */
    public void ship() {
        if (status == OrderStatus.SHIPPED) {
            return;
        }
        if (status != OrderStatus.CONFIRMED) {
            throw new OrderStateConflict("Order " + id + " is " + status + "; only a CONFIRMED order can be shipped.");
        }
        moveTo(OrderStatus.SHIPPED);
    }

    /** A cancelled order whose stock is back and whose money is refunded. */
    public boolean isCancellationComplete() {
        return status == OrderStatus.CANCELLED && !holdsAnything();
    }

    // ---- scheduling of recovery ---------------------------------------------------------------

    /** Not finished yet: look at it again at {@code when}. */
    public void retryAt(Instant when) {
        this.attempts++;
        this.nextAttemptAt = Objects.requireNonNull(when, "when");
        touch();
    }

    /** Nothing left to do for recovery. */
    public void settle() {
        this.nextAttemptAt = null;
        touch();
    }

    /** Priced at 0.00 (a full discount and free shipping): there is nothing to charge. */
    public boolean isFree() {
        return total != null && total.signum() == 0;
    }

    /** Its total is captured, or it has nothing to pay. */
    public boolean isPaidFor() {
        return paymentState == PaymentState.CAPTURED || isFree();
    }

    public boolean holdsAnything() {
        return reservationState.holdsStock() || paymentState == PaymentState.CAPTURED;
    }

    /** Rejected because something was unavailable, not refused: a retry may place it. */
    public boolean isRetryableRejection() {
        return status == OrderStatus.REJECTED && failure != null && failure.isTransient();
    }

    // ---- reading ------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public OrderStatus status() {
        return status;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public int attempt() {
        return attempt;
    }

    public String requestHash() {
        return requestHash;
    }

    public UUID shippingAddressId() {
        return shippingAddressId;
    }

    public UUID paymentMethodId() {
        return paymentMethodId;
    }

    public String promoCode() {
        return promoCode;
    }

    public String currency() {
        return currency;
    }

    public ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    public PaymentInstrument paymentInstrument() {
        return paymentInstrument;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderItem> items() {
        return lines.stream().map(l -> new OrderItem(l.sku(), l.quantity())).toList();
    }

    public Money subtotal() {
        return money(subtotal);
    }

    public Money discount() {
        return money(discount);
    }

    public Money shipping() {
        return money(shipping);
    }

    public Money total() {
        return money(total);
    }

    public UUID reservationId() {
        return reservationId;
    }

    public ReservationState reservationState() {
        return reservationState;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public PaymentState paymentState() {
        return paymentState;
    }

    public SagaStep stepInDoubt() {
        return stepInDoubt;
    }

    public OrderFailure failure() {
        return failure;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
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

    private void moveTo(OrderStatus next) {
        if (!status.canBecome(next)) {
            throw new OrderStateConflict("Order " + id + " is " + status + " and cannot become " + next + ".");
        }
        this.status = next;
        touch();
    }

    private void requireStatus(OrderStatus expected, String action) {
        if (status != expected) {
            throw new OrderStateConflict("Order " + id + " is " + status + "; cannot " + action + " it.");
        }
    }

    private void clearDoubt(SagaStep answered) {
        if (stepInDoubt == answered) {
            stepInDoubt = null;
        }
        touch();
    }

    private Money sameCurrency(Money money) {
        if (!currency.equals(money.currency())) {
            throw new IllegalArgumentException("order " + id + " is priced in " + currency + ", not " + money.currency());
        }
        return money;
    }

    private Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency);
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
