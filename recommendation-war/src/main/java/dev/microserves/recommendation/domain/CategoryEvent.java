package dev.microserves.recommendation.domain;

import java.util.UUID;

/**
 * An event of {@code microserves.inventory} that tells a product's category ({@code stock.changed}
 * carries it; {@code category} is null when the event does not).
 */
public record CategoryEvent(UUID eventId, String sku, String category) {

    public boolean tellsCategory() {
        return category != null;
    }
}
