package dev.microserves.order.domain.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the peers hold for one order: the inventory service's reservation status, if it has a
 * reservation, and the payment service's captures (each with what was refunded of it).
 */
public record PeerFacts(Optional<String> reservationStatus, List<Capture> captures) {

    /** A captured payment: the amount captured and the part of it refunded since. */
    public record Capture(BigDecimal amount, BigDecimal refunded) {

        BigDecimal net() {
            return amount.subtract(refunded);
        }
    }

    public PeerFacts {
        captures = List.copyOf(captures);
    }

    BigDecimal netCaptured() {
        return captures.stream().map(Capture::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
