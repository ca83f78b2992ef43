package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import java.time.Instant;
import java.util.UUID;

/** A commit of a hold whose deadline has passed: its stock is (being) released, so it cannot leave. */
public class ReservationExpired extends ProblemException {
    public ReservationExpired(UUID id, Instant expiresAt) {
        super(409, "reservation-expired", "Reservation expired",
                "Reservation " + id + " expired at " + expiresAt + " and cannot be committed; reserve again.");
        with("reservationStatus", ReservationStatus.HELD.name());
        with("expiresAt", expiresAt.toString());
    }
}
