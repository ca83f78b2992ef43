package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.ReleaseReason;
import dev.microserves.inventory.domain.Reservation;
import dev.microserves.inventory.domain.ReservationLine;
import dev.microserves.inventory.domain.ReservationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reservation as the API shows it: its lines carry the unit price and weight of the moment it
 * was made. {@code releaseReason} ({@code REQUESTED} or {@code EXPIRED}) appears once it is released.
 */
public record ReservationResponse(UUID id, UUID orderId, ReservationStatus status, ReleaseReason releaseReason,
                                  Instant expiresAt, List<Item> items, Instant createdAt, Instant updatedAt,
                                  long version) {

    /** One reserved line. */
    public record Item(String sku, int quantity, MoneyBody unitPrice, int weightGrams) {

        static Item of(ReservationLine line) {
            return new Item(line.sku(), line.quantity(), MoneyBody.of(line.unitPrice()), line.weightGrams());
        }
    }

    static ReservationResponse of(Reservation r) {
        return new ReservationResponse(r.id(), r.orderId(), r.status(), r.releaseReason(), r.expiresAt(),
                r.lines().stream().map(Item::of).toList(), r.createdAt(), r.updatedAt(), r.version());
    }
}
