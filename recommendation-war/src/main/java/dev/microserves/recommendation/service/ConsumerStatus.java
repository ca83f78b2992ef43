package dev.microserves.recommendation.service;

import java.time.Instant;
import java.util.List;

/**
 * Where the event consumer stands: its state, what it applied, how far behind the topics it is,
 * and the rebuilds asked for and finished (a rebuild is done when {@code rebuildsCompleted}
 * reaches the number its request answered).
 */
public record ConsumerStatus(String state, long eventsApplied, long duplicatesSkipped, long recordsSkipped, long lag,
                             long rebuildsRequested, long rebuildsCompleted, Instant lastRebuildCompletedAt,
                             List<Position> positions) {

    /** The next offset to read of one partition. */
    public record Position(String topic, int partition, long offset) {
    }

    public boolean rebuilding() {
        return rebuildsCompleted < rebuildsRequested;
    }
}
