package dev.microserves.order.service;

import dev.microserves.order.client.InventoryGateway;
import dev.microserves.order.client.MoneyJson;
import dev.microserves.order.client.PaymentGateway;
import dev.microserves.order.client.PaymentView;
import dev.microserves.order.client.ReservationView;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.reconciliation.Breach;
import dev.microserves.order.domain.reconciliation.BreachKind;
import dev.microserves.order.domain.reconciliation.OrderBooks;
import dev.microserves.order.domain.reconciliation.PeerFacts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Checks the cross-service invariants of the orders created in a window, by asking the inventory
 * and payment services what they hold for each order (by order id), and reports every breach; it
 * repairs nothing. The breaches of the last check are also gauges ({@code reconciliation_breaches}
 * by {@code kind}), so an alert can watch them.
 */
@ApplicationScoped
public class Reconciliation {

    private static final int BATCH = 200;

    @Inject
    OrderQueries orders;

    @Inject
    InventoryGateway inventory;

    @Inject
    PaymentGateway payments;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "microserves.reconciliation.pending-limit-seconds", defaultValue = "600")
    long pendingLimitSeconds;

    @Inject
    @ConfigProperty(name = "microserves.reconciliation.max-orders", defaultValue = "10000")
    int maxOrders;

    private final Map<BreachKind, AtomicLong> lastCounts = new EnumMap<>(BreachKind.class);
    private final AtomicLong lastChecked = new AtomicLong();

    /** What one check found. {@code complete} is false when the window held more than the maximum. */
    public record Report(int checkedOrders, Instant from, Instant until, boolean complete, List<Breach> breaches) {
    }

    @PostConstruct
    void registerGauges() {
        for (BreachKind kind : BreachKind.values()) {
            AtomicLong count = new AtomicLong();
            lastCounts.put(kind, count);
            registry.gauge(Metadata.builder().withName("reconciliation_breaches")
                            .withDescription("Breaches of the cross-service invariants found by the last reconciliation, by kind")
                            .build(), count, AtomicLong::get, new Tag("kind", kind.wireName()));
        }
        registry.gauge(Metadata.builder().withName("reconciliation_checked_orders")
                .withDescription("Orders the last reconciliation checked").build(), lastChecked, AtomicLong::get);
    }

    public Report check(Instant from, Instant until) {
        OrderBooks books = new OrderBooks(Duration.ofSeconds(pendingLimitSeconds));
        Instant now = Instant.now();
        List<Breach> breaches = new ArrayList<>();
        int checked = 0;
        boolean complete = true;
        for (int offset = 0; ; offset += BATCH) {
            List<OrderBooks.OrderFacts> batch = batch(from, until, offset);
            for (OrderBooks.OrderFacts order : batch) {
                if (checked == maxOrders) {
                    complete = false;
                    break;
                }
                breaches.addAll(books.check(order, peerFactsOf(order), now));
                checked++;
            }
            if (batch.size() < BATCH || !complete) {
                break;
            }
        }
        publish(checked, breaches);
        return new Report(checked, from, until, complete, List.copyOf(breaches));
    }

    /** One batch, read in a short transaction of its own: none stays open while the peers are asked. */
    private List<OrderBooks.OrderFacts> batch(Instant from, Instant until, int offset) {
        return orders.createdBetween(from, until, offset, BATCH).stream().map(Reconciliation::factsOf).toList();
    }

    private PeerFacts peerFactsOf(OrderBooks.OrderFacts order) {
        String reservation = inventory.reservationFor(order.id()).map(ReservationView::status).orElse(null);
        List<PeerFacts.Capture> captures = payments.paymentsFor(order.id()).stream()
                .filter(PaymentView::isCaptured)
                .map(p -> new PeerFacts.Capture(amountOf(p.amount()), amountOf(p.refundedAmount())))
                .toList();
        return new PeerFacts(Optional.ofNullable(reservation), captures);
    }

    private void publish(int checked, List<Breach> breaches) {
        lastChecked.set(checked);
        lastCounts.values().forEach(c -> c.set(0));
        breaches.forEach(b -> lastCounts.get(b.kind()).incrementAndGet());
    }

    private static OrderBooks.OrderFacts factsOf(Order order) {
        return new OrderBooks.OrderFacts(order.id(), order.status(),
                order.total() == null ? null : order.total().amount(), order.createdAt());
    }

    private static BigDecimal amountOf(MoneyJson money) {
        return money == null || money.amount() == null ? BigDecimal.ZERO : new BigDecimal(money.amount());
    }
}
