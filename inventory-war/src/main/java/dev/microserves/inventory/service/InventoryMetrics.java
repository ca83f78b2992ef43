package dev.microserves.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The business counters on {@code /metrics}: reservation requests and transitions by outcome,
 * holds released because they expired, and stock adjustments by direction.
 */
@ApplicationScoped
public class InventoryMetrics {

    /** What became of a reservation request, or of a reservation. */
    public enum Outcome {
        HELD, REPEATED, INSUFFICIENT_STOCK, UNKNOWN_PRODUCT, COMMITTED, RELEASED, RETURNED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void reservation(Outcome outcome) {
        registry.counter("inventory.reservations", new Tag("outcome", outcome.tag())).inc();
    }

    void expirations(int released) {
        if (released > 0) {
            registry.counter("inventory.reservation.expirations").inc(released);
        }
    }

    void stockAdjusted(int delta) {
        registry.counter("inventory.stock.adjustments", new Tag("direction", delta > 0 ? "in" : "out")).inc();
    }
}
