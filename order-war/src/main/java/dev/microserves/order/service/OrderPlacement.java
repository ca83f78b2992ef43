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

/**
 * Placing an order (POST /api/orders). The order row binds the client's Idempotency-Key (unique per
 * customer, key and attempt), so it is the request's only idempotency record: a request with a key
 * already used by this customer finds that order instead. Another body under the same key is a 422;
 * a finished order is reported as it is (a replay); a PENDING one is driven on (its doubt resolved)
 * first, unless another worker holds it right now (409 idempotency-in-flight); and only an order
 * rejected because something was unavailable is placed afresh, as a new attempt.
 */
@ApplicationScoped
public class OrderPlacement {

    /** What the client asked for, with its Idempotency-Key and a fingerprint of its request body. */
    public record PlaceOrder(UUID customerId, List<OrderItem> items, UUID shippingAddressId, UUID paymentMethodId,
                             String promoCode, String idempotencyKey, String requestHash) {
    }

    /** The order a request leaves behind, and whether the request only found it (a replay). */
    public record Placement(Order order, boolean replayed) {
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

    public Placement place(PlaceOrder command) {
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
        Order placed = saga.place(new Order(command.customerId(), command.idempotencyKey(),
                previous.map(o -> o.attempt() + 1).orElse(0), command.requestHash(), command.items(),
                command.shippingAddressId(), command.paymentMethodId(), promoCode, pricing.currency(),
                now, policy.lookAgainAt(now)));
        metrics.placed(placed, Duration.between(now, Instant.now()));
        return new Placement(placed, false);
    }

    /**
     * A retried request: a finished order is its answer again; a PENDING one has its doubt resolved
     * now, unless another worker (its twin request, or recovery) is on it.
     */
    private Placement driveOn(Order earlier) {
        if (earlier.status() != OrderStatus.PENDING) {
            return new Placement(earlier, true);
        }
        if (!progress.lease(earlier.id())) {
            throw OrderProgress.requestInFlight();
        }
        try {
            return new Placement(recovery.resolve(earlier.id()), false);
        } finally {
            progress.releaseLease(earlier.id());
        }
    }
}
