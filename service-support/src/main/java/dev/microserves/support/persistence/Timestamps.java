package dev.microserves.support.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** A {@code timestamptz} column read by a native query, as an instant: the driver's type varies. */
public final class Timestamps {

    private Timestamps() {
    }

    /** The instant, or null for SQL NULL. */
    public static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
