package dev.microserves.payment.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time the model stamps on what it records, to the microsecond: what PostgreSQL keeps, so an
 * answer given from memory and the same record read back later say the same time.
 */
final class Clock {

    private Clock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
