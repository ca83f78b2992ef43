package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.UUID;

/** No reservation with this id. */
public class ReservationNotFound extends ProblemException {
    public ReservationNotFound(UUID id) {
        super(404, "not-found", "Not found", "No reservation " + id + ".");
    }
}
