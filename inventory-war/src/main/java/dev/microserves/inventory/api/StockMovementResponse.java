package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.MovementKind;
import dev.microserves.inventory.domain.StockMovement;
import java.time.Instant;
import java.util.UUID;

/** One change of on-hand stock: what, by how much, to what, why, and (for commits and returns) which reservation. */
public record StockMovementResponse(UUID id, String sku, MovementKind kind, int delta, int onHandAfter, String reason,
                                    UUID reservationId, String actor, Instant createdAt) {

    static StockMovementResponse of(StockMovement m) {
        return new StockMovementResponse(m.id(), m.sku(), m.kind(), m.delta(), m.onHandAfter(), m.reason(),
                m.reservationId(), m.actor(), m.createdAt());
    }
}
