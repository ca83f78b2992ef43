package dev.microserves.order.domain;

import java.util.Set;

/**
 * The life of an order. {@code PENDING} while it is being placed (or its outcome is not known
 * yet); then {@code CONFIRMED} or {@code REJECTED}; a confirmed order is later {@code SHIPPED} or
 * {@code CANCELLED}. The last three are final.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, SHIPPED, CANCELLED, REJECTED;

    /** Whether an order in this state may move to {@code next}. */
    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, REJECTED).contains(next);
            case CONFIRMED -> Set.of(SHIPPED, CANCELLED).contains(next);
            case SHIPPED, CANCELLED, REJECTED -> false;
        };
    }
}
