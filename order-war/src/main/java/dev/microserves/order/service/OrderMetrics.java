package dev.microserves.order.service;

import dev.microserves.order.domain.Order;
import dev.microserves.order.persistence.OrderRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The saga's metrics (the gateways' fault-tolerance metrics come from MicroProfile Fault Tolerance
 * itself): orders placed by outcome, saga duration, compensations by action, recoveries by
 * outcome, and the PENDING orders (how many, age of the oldest) as the recovery job last saw them.
 */
@ApplicationScoped
public class OrderMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();

    @PostConstruct
    void registerGauges() {
        registry.gauge(Metadata.builder().withName("orders_pending")
                .withDescription("Orders not yet CONFIRMED or REJECTED").build(), pending, AtomicLong::get);
        registry.gauge(Metadata.builder().withName("orders_pending_oldest_age")
                        .withDescription("Age of the oldest PENDING order").withUnit(MetricUnits.SECONDS).build(),
                oldestPendingAgeSeconds, AtomicLong::get);
    }

    /** A placing request ended: confirmed, rejected or pending (in doubt). */
    public void placed(Order order, Duration duration) {
        String outcome = order.status().name().toLowerCase(Locale.ROOT);
        registry.counter(Metadata.builder().withName("orders_placed")
                .withDescription("Place-order requests by the state they left the order in").build(),
                new Tag("outcome", outcome)).inc();
        registry.timer(Metadata.builder().withName("order_saga_duration")
                .withDescription("Time a place-order request spent in the saga").build()).update(duration);
    }

    /** A compensating step was done: refund, release or return. */
    public void compensated(String action) {
        registry.counter(Metadata.builder().withName("order_compensations")
                .withDescription("Compensating steps done, by action").build(), new Tag("action", action)).inc();
    }

    /** The recovery job finished a pass over an order. */
    public void recovered(Order order) {
        String outcome = order.nextAttemptAt() != null ? "retry_later" : order.status().name().toLowerCase(Locale.ROOT);
        registry.counter(Metadata.builder().withName("order_recoveries")
                .withDescription("Orders the recovery job looked at, by the state it left them in").build(),
                new Tag("outcome", outcome)).inc();
    }

    /** A worker found that another holds the lease on the order it was driving, and stopped. */
    public void leaseLost() {
        registry.counter(Metadata.builder().withName("order_recoveries")
                .withDescription("Orders the recovery job looked at, by the state it left them in").build(),
                new Tag("outcome", "lease_lost")).inc();
    }

    public void pending(OrderRepository.PendingSummary summary) {
        pending.set(summary.count());
        oldestPendingAgeSeconds.set(summary.oldestCreatedAt() == null ? 0
                : Math.max(0, Duration.between(summary.oldestCreatedAt(), Instant.now()).toSeconds()));
    }
}
