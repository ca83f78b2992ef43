package dev.microserves.inventory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Stock held for one order. Its transitions ({@link #commit}, {@link #release}, {@link #expire},
 * {@link #returnToStock}) decide whether the stock must move: each answers {@code true} when it
 * changed the reservation, {@code false} when the reservation already was in the target state
 * (a repeat, which moves nothing), and refuses an illegal transition with a 409.
 * The stock counters themselves are moved by the caller, in the same transaction.
 */
@Entity
@Table(name = "reservations")
public class Reservation {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReservationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason", length = 16)
    private ReleaseReason releaseReason;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_lines", joinColumns = @JoinColumn(name = "reservation_id"))
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<ReservationLine> lines = new ArrayList<>();

    protected Reservation() {
        // for JPA
    }

    private Reservation(UUID orderId, List<ReservationLine> lines, Instant now, Duration ttl) {
        this.id = UUID.randomUUID();
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.lines.addAll(lines);
        this.status = ReservationStatus.HELD;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
        this.expiresAt = createdAt.plus(ttl);
    }

    /**
     * Holds the requested items for an order, taking each line's unit price and weight from its
     * product now. Every requested sku must be among {@code products} (the caller refuses unknown
     * ones first); the stock itself must already have been reserved by the caller.
     */
    public static Reservation hold(UUID orderId, RequestedItems items, Map<String, Product> products,
                                   Instant now, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a hold lasts some time");
        }
        List<ReservationLine> lines = items.asRequested().stream()
                .map(item -> new ReservationLine(Objects.requireNonNull(products.get(item.sku()), item.sku()),
                        item.quantity()))
                .toList();
        return new Reservation(orderId, lines, now, ttl);
    }

    /** HELD to COMMITTED: the held units leave on-hand. A hold past its deadline cannot be committed. */
    public boolean commit(Instant now) {
        return switch (status) {
            case COMMITTED -> false;
            case HELD -> {
                if (isExpired(now)) {
                    throw new ReservationExpired(id, expiresAt);
                }
                moveTo(ReservationStatus.COMMITTED, null, now);
                yield true;
            }
            default -> throw new InvalidReservationState(id, status, "commit");
        };
    }

    /** HELD to RELEASED, on request: the held units become available again. */
    public boolean release(Instant now) {
        return switch (status) {
            case RELEASED -> false;
            case HELD -> {
                moveTo(ReservationStatus.RELEASED, ReleaseReason.REQUESTED, now);
                yield true;
            }
            default -> throw new InvalidReservationState(id, status, "release");
        };
    }

    /** HELD past its deadline to RELEASED; anything else is left alone (it was decided meanwhile). */
    public boolean expire(Instant now) {
        if (status != ReservationStatus.HELD || !isExpired(now)) {
            return false;
        }
        moveTo(ReservationStatus.RELEASED, ReleaseReason.EXPIRED, now);
        return true;
    }

    /** COMMITTED to RETURNED: the committed units come back on hand (the order was cancelled). */
    public boolean returnToStock(Instant now) {
        return switch (status) {
            case RETURNED -> false;
            case COMMITTED -> {
                moveTo(ReservationStatus.RETURNED, null, now);
                yield true;
            }
            default -> throw new InvalidReservationState(id, status, "return");
        };
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The lines sorted by sku, the one order in which stock rows are locked (see {@link RequestedItems#inLockOrder()}). */
    public List<ReservationLine> linesInLockOrder() {
        return lines.stream().sorted(Comparator.comparing(ReservationLine::sku)).toList();
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public ReservationStatus status() {
        return status;
    }

    /** Why it was released; null unless {@code RELEASED}. */
    public ReleaseReason releaseReason() {
        return releaseReason;
    }

    public Instant expiresAt() {
        return expiresAt;
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

    public List<ReservationLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    private void moveTo(ReservationStatus next, ReleaseReason reason, Instant now) {
        this.status = next;
        this.releaseReason = reason;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }
}
