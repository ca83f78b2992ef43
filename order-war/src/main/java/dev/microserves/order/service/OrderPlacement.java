package dev.microserves.order.service;

import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderItem;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Placing an order (POST /api/orders). The order is persisted PENDING with the client's
 * Idempotency-Key before anything else, then the saga runs. A request with a key already used by
 * this customer finds that order instead: a finished order is reported as it is, a PENDING one is
 * driven on (its doubt resolved) first, and only an order rejected because something was
 * unavailable is placed afresh, as a new attempt.
 */
@ApplicationScoped
public class OrderPlacement {

    /** What the client asked for, with its Idempotency-Key and a fingerprint of its request body. */
    public record PlaceOrder(UUID customerId, List<OrderItem> items, UUID shippingAddressId, UUID paymentMethodId,
                             String promoCode, String idempotencyKey, String requestHash) {
    }

    @Inject
    OrderProgress progress;

    @Inject
    PlaceOrderSaga saga;

    @Inject
    SagaRecovery recovery;

    @Inject
    PromoCodes promoCodes;

    @Inject
    PricingService pricing;

    @Inject
    RecoveryPolicy policy;

    @Inject
    OrderMetrics metrics;

    @Inject
    OrderLeases leases;

    public Order place(PlaceOrder command) {
        Optional<Order> previous = progress.latestFor(command.customerId(), command.idempotencyKey());
        if (previous.isPresent()) {
            Order earlier = previous.get();
            if (!earlier.requestHash().equals(command.requestHash())) {
                throw new ProblemException(422, "idempotency-key-reuse", "Idempotency-Key reused",
                        "This Idempotency-Key was used for a different order. Use a new key for a new order.");
            }
            if (!earlier.isRetryableRejection()) {
                return driveOn(earlier);
            }
        }
        String promoCode = command.promoCode() == null ? null : promoCodes.requireValidNow(command.promoCode()).code();
        Instant now = Instant.now();
        Order fresh = new Order(command.customerId(), command.idempotencyKey(),
                previous.map(o -> o.attempt() + 1).orElse(0), command.requestHash(), command.items(),
                command.shippingAddressId(), command.paymentMethodId(), promoCode, pricing.currency(),
                now, policy.lookAgainAt(now));
        OrderLeases.Lease lease = OrderLeases.Lease.fresh(fresh.id());
        Order order = progress.start(fresh, lease);
        Order placed = leases.under(lease, () -> driven(order.id(), () -> saga.run(order.id())));
        metrics.placed(placed, Duration.between(now, Instant.now()));
        return placed;
    }

    /** A retried request for a PENDING order resolves its doubt now, unless another worker is on it. */
    private Order driveOn(Order earlier) {
        if (earlier.status() != OrderStatus.PENDING) {
            return earlier;
        }
        return leases.take(earlier.id())
                .map(lease -> leases.under(lease, () -> driven(earlier.id(), () -> recovery.resolve(earlier.id()))))
                .orElse(earlier);
    }

    /** The order as the work left it; as it is now, when another worker took it over meanwhile. */
    private Order driven(UUID orderId, Supplier<Order> work) {
        try {
            return work.get();
        } catch (LeaseLost takenOver) {
            return progress.get(orderId);
        }
    }
}
