package dev.microserves.recommendation.service;

import dev.microserves.recommendation.domain.CategoryEvent;
import dev.microserves.recommendation.domain.OrderEvent;
import dev.microserves.recommendation.persistence.RecommendationTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies one record, in one transaction: the event id is recorded first (a repeated delivery
 * stops there), then the tables change. Together with offsets committed only after the
 * transaction, at-least-once delivery has an exactly-once effect.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class.getName());

    /** What became of a record. */
    public enum Outcome {
        APPLIED, DUPLICATE, SKIPPED
    }

    @Inject
    RecommendationTables tables;

    @Transactional
    public Outcome apply(String topic, String value) {
        Optional<Envelopes.Header> header = Envelopes.header(value);
        if (header.isEmpty()) {
            // Without an id it cannot even be remembered; it changes nothing, so skipping it again on a replay is the same.
            LOG.warning(() -> "Skipped an unreadable record on " + topic);
            return Outcome.SKIPPED;
        }
        Envelopes.Header event = header.get();
        if (!tables.markProcessed(event.id(), topic, event.type())) {
            return Outcome.DUPLICATE;
        }
        boolean applied = switch (topic) {
            case Topics.ORDERS -> Envelopes.orderEvent(event).map(this::applyOrderEvent).orElse(false);
            case Topics.INVENTORY -> Envelopes.categoryEvent(event).map(this::applyCategoryEvent).orElse(false);
            default -> false;
        };
        return applied ? Outcome.APPLIED : Outcome.SKIPPED;
    }

    /** Clears every table for a replay from the start, in one transaction. */
    @Transactional
    public void clearTables() {
        tables.clear();
    }

    private boolean applyOrderEvent(OrderEvent event) {
        switch (event.change()) {
            case COUNT -> {
                // One order counts once, whatever ids its confirmations carry.
                if (!tables.isCounted(event.orderId())) {
                    tables.count(event.orderId(), event.customerId(), event.quantitiesBySku());
                }
            }
            // Subtracts what the confirmation added, and nothing when none was counted (rejected, or never seen).
            case UNCOUNT -> tables.uncount(event.orderId());
            case NONE -> {
                // shipped: counted at its confirmation already; rejected: never counted
            }
        }
        return true;
    }

    private boolean applyCategoryEvent(CategoryEvent event) {
        if (event.tellsCategory()) {
            tables.categorize(event.sku(), event.category());
        }
        return true;
    }
}
