package dev.microserves.order.domain.reconciliation;

import java.util.UUID;

/** One order that breaks one invariant, and what was found. */
public record Breach(UUID orderId, BreachKind kind, String detail) {
}
