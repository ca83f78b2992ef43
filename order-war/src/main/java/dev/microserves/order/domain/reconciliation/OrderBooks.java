package dev.microserves.order.domain.reconciliation;

import dev.microserves.order.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The invariants one order and its peers' state must keep, once the order is final:
 * a confirmed (or shipped) order has exactly one capture of its total (none when the total is
 * 0.00) and its reservation committed; a rejected or cancelled order has no money left captured;
 * no final order holds stock; and no order stays PENDING past the allowed time.
 */
public final class OrderBooks {

    private final Duration pendingLimit;

    /** @param pendingLimit how long an order may stay PENDING before that is a breach */
    public OrderBooks(Duration pendingLimit) {
        this.pendingLimit = pendingLimit;
    }

    /** The order as the order service holds it. */
    public record OrderFacts(UUID id, OrderStatus status, BigDecimal total, Instant createdAt) {
    }

    public List<Breach> check(OrderFacts order, PeerFacts peers, Instant now) {
        List<Breach> breaches = new ArrayList<>();
        if (order.status() == OrderStatus.PENDING) {
            Duration age = Duration.between(order.createdAt(), now);
            if (age.compareTo(pendingLimit) > 0) {
                breaches.add(new Breach(order.id(), BreachKind.PENDING_TOO_LONG,
                        "PENDING for " + age.toSeconds() + " s (limit " + pendingLimit.toSeconds() + " s)"));
            }
            // Money and stock may be in motion while an order is in doubt: nothing more to say yet.
            return breaches;
        }
        if (peers.captures().size() > 1) {
            breaches.add(new Breach(order.id(), BreachKind.MORE_THAN_ONE_CAPTURE,
                    peers.captures().size() + " captured payments"));
        }
        boolean confirmed = order.status() == OrderStatus.CONFIRMED || order.status() == OrderStatus.SHIPPED;
        if (confirmed) {
            checkConfirmed(order, peers, breaches);
        } else if (peers.netCaptured().signum() > 0) {
            breaches.add(new Breach(order.id(), BreachKind.MONEY_ON_UNCONFIRMED_ORDER,
                    peers.netCaptured().toPlainString() + " captured and not refunded on a " + order.status() + " order"));
        }
        if (peers.reservationStatus().filter("HELD"::equals).isPresent()) {
            breaches.add(new Breach(order.id(), BreachKind.STOCK_HELD_FOR_FINAL_ORDER,
                    "reservation HELD for a " + order.status() + " order"));
        }
        return breaches;
    }

    private static void checkConfirmed(OrderFacts order, PeerFacts peers, List<Breach> breaches) {
        boolean free = order.total() != null && order.total().signum() == 0;
        if (peers.captures().isEmpty() || peers.netCaptured().signum() == 0) {
            if (!free) {
                breaches.add(new Breach(order.id(), BreachKind.CONFIRMED_WITHOUT_CAPTURE,
                        "no captured payment for a total of " + order.total()));
            }
        } else if (order.total() == null || peers.captures().get(0).amount().compareTo(order.total()) != 0) {
            breaches.add(new Breach(order.id(), BreachKind.CAPTURE_DIFFERS_FROM_TOTAL,
                    "captured " + peers.captures().get(0).amount().toPlainString() + ", total " + order.total()));
        }
        if (!peers.reservationStatus().filter("COMMITTED"::equals).isPresent()) {
            breaches.add(new Breach(order.id(), BreachKind.CONFIRMED_WITHOUT_COMMITTED_STOCK,
                    "reservation " + peers.reservationStatus().orElse("missing")));
        }
    }
}
