package dev.microserves.order.service;

import dev.microserves.order.domain.DependencyUnavailable;
import dev.microserves.order.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Cancelling a confirmed order: it becomes CANCELLED at once (so it can no longer ship), then its
 * stock is returned ({@code return:<orderId>}) and its payment refunded in full
 * ({@code refund:<orderId>}). A step that gets no answer is retried by recovery until both are
 * done; cancelling again retries them too. Cancelling a cancelled order changes nothing.
 */
@ApplicationScoped
public class OrderCancellation {

    private static final Logger LOG = Logger.getLogger(OrderCancellation.class.getName());

    @Inject
    OrderProgress progress;

    @Inject
    Compensation compensation;

    @Inject
    RecoveryPolicy policy;

    @Inject
    OrderLeases leases;

    public Order cancel(UUID orderId) {
        Order order = progress.update(orderId, o -> o.cancel(policy.lookAgainAt(Instant.now())));
        if (order.isCancellationComplete()) {
            return order;
        }
        return leases.take(orderId).map(lease -> leases.under(lease, () -> {
            try {
                return complete(orderId);
            } catch (LeaseLost takenOver) {
                return progress.get(orderId);
            }
        })).orElse(order);
    }

    /** Returns the stock and refunds the payment of a cancelled order, as far as the peers answer. */
    public Order complete(UUID orderId) {
        try {
            compensation.undo(orderId, "order cancelled");
            return progress.update(orderId, Order::settle);
        } catch (DependencyUnavailable unavailable) {
            LOG.info(() -> "Cancellation of order " + orderId + " waits: " + unavailable.detail());
            return progress.park(orderId);
        }
    }
}
