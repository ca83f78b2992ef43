package dev.microserves.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One change of a product's on-hand stock, kept for ever: the stock's history, append only. */
@Entity
@Immutable
@Table(name = "stock_movements")
public class StockMovement {

    public static final int REASON_MAX = 200;

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MovementKind kind;

    @Column(nullable = false)
    private int delta;

    @Column(name = "on_hand_after", nullable = false)
    private int onHandAfter;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reservation_id")
    private UUID reservationId;

    @Column(length = 255)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StockMovement() {
        // for JPA
    }

    private StockMovement(String sku, MovementKind kind, int delta, int onHandAfter, String reason,
                          UUID reservationId, String actor) {
        if (delta == 0) {
            throw new IllegalArgumentException("a movement moves something");
        }
        this.id = UUID.randomUUID();
        this.sku = sku;
        this.kind = kind;
        this.delta = delta;
        this.onHandAfter = onHandAfter;
        this.reason = reason;
        this.reservationId = reservationId;
        this.actor = actor;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static StockMovement initial(String sku, int quantity, String actor) {
        return new StockMovement(sku, MovementKind.INITIAL, quantity, quantity, "initial stock", null, actor);
    }

    public static StockMovement adjustment(String sku, int delta, int onHandAfter, String reason, String actor) {
        return new StockMovement(sku, MovementKind.ADJUSTMENT, delta, onHandAfter, reason, null, actor);
    }

    public static StockMovement committed(String sku, int quantity, int onHandAfter, UUID reservationId) {
        return new StockMovement(sku, MovementKind.COMMIT, -quantity, onHandAfter,
                "reservation committed", reservationId, null);
    }

    public static StockMovement returned(String sku, int quantity, int onHandAfter, UUID reservationId) {
        return new StockMovement(sku, MovementKind.RETURN, quantity, onHandAfter,
                "reservation returned", reservationId, null);
    }

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public MovementKind kind() {
        return kind;
    }

    public int delta() {
        return delta;
    }

    public int onHandAfter() {
        return onHandAfter;
    }

    public String reason() {
        return reason;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
