package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** A transition the reservation's state does not allow, e.g. releasing a committed reservation. */
public class InvalidReservationState extends ProblemException {
    public InvalidReservationState(UUID id, ReservationStatus status, String action) {
        super(409, "invalid-reservation-state", "Invalid reservation state",
                "Reservation " + id + " is " + status + " and cannot " + action + ".");
        with("reservationStatus", status.name());
    }
}
