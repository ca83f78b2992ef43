package dev.microserves.recommendation.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event of {@code microserves.orders}, reduced to what recommendations need. Only a
 * confirmation adds and only a cancellation subtracts: a shipped order was already counted when
 * it was confirmed, and a rejected one never was.
 */
public record OrderEvent(UUID eventId, Change change, UUID orderId, UUID customerId, List<PurchaseLine> lines) {

    public enum Change {
        COUNT, UNCOUNT, NONE
    }

    public OrderEvent {
        lines = List.copyOf(lines);
    }

    /** The quantities per sku: a sku that (against the order service's rules) appears twice counts once, summed. */
    public Map<String, Integer> quantitiesBySku() {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        lines.forEach(line -> bySku.merge(line.sku(), line.quantity(), Math::addExact));
        return bySku;
    }

    /** The change an event type makes. */
    public static Change changeOf(String type) {
        return switch (type) {
            case "dev.microserves.order.confirmed.v1" -> Change.COUNT;
            case "dev.microserves.order.cancelled.v1" -> Change.UNCOUNT;
            default -> Change.NONE;
        };
    }
}
