package dev.microserves.order.service;

import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderFailure;
import dev.microserves.order.domain.OrderNotFound;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.order.persistence.OrderRepository;
import dev.microserves.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every write of the saga, each its own short transaction on the row-locked order, so that no
 * transaction is ever open while a peer is called and every step's outcome is durable before the
 * next step starts. A write that moves the order to another status records its event in the same
 * transaction ({@link OrderEvents}). Also the leases of {@link OrderLeases}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OrderProgress {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    OrderRepository orders;

    @Inject
    RecoveryPolicy policy;

    @Inject
    OrderLeases leases;

    @Inject
    OrderEvents events;

    /** Persists a new PENDING order, leased to the request that placed it. */
    public Order start(Order order, OrderLeases.Lease lease) {
        try {
            orders.add(order);
        } catch (PersistenceException twin) {
            // The unique (customer, key, attempt) caught a twin request placing the same order.
            throw new ProblemException(409, "idempotency-in-flight", "Request in flight",
                    "A request with this Idempotency-Key is being processed; retry shortly.")
                    .with("retryAfterSeconds", 1);
        }
        orders.lease(order.id(), lease.owner(), policy.leaseSeconds());
        return order;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Order get(UUID id) {
        return orders.find(id).orElseThrow(() -> new OrderNotFound(id));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Order> latestFor(UUID customerId, String idempotencyKey) {
        return orders.latestFor(customerId, idempotencyKey);
    }

    /**
     * Applies one domain change to the locked order and commits it; returns the order as committed.
     * Work under a lease renews it here, in the statement that locks the row, and writes nothing
     * once another worker holds it.
     */
    public Order update(UUID id, Consumer<Order> change) {
        Optional<UUID> owner = leases.ownerOf(id);
        if (owner.isPresent() && !orders.renewLease(id, owner.get(), policy.leaseSeconds())) {
            throw new LeaseLost(id);
        }
        Order order = (owner.isPresent() ? orders.find(id) : orders.lock(id)).orElseThrow(() -> new OrderNotFound(id));
        OrderStatus before = order.status();
        change.accept(order);
        if (order.status() != before) {
            events.reached(order);
        }
        return order;
    }

    /** Records why the order fails: the problem the client is (or will be) answered with. */
    public Order fail(UUID id, ProblemException why) {
        return update(id, order -> order.fail(OrderFailure.of(why, detailsOf(why))));
    }

    /** Leaves the order for recovery to look at again later (with back-off). */
    public Order park(UUID id) {
        return update(id, order -> order.retryAt(policy.nextAttempt(order.attempts())));
    }

    boolean lease(OrderLeases.Lease lease) {
        return orders.lease(lease.orderId(), lease.owner(), policy.leaseSeconds());
    }

    Optional<UUID> leaseNextDue(UUID owner) {
        return orders.leaseNextDue(owner, policy.leaseSeconds());
    }

    void releaseLease(OrderLeases.Lease lease) {
        orders.releaseLease(lease.orderId(), lease.owner());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public OrderRepository.PendingSummary pendingSummary() {
        return orders.pendingSummary();
    }

    /** The refusal's extension members worth repeating to a retrying client (shortages, declineCode...). */
    private static String detailsOf(ProblemException problem) {
        Map<String, Object> details = new LinkedHashMap<>(problem.extensions());
        details.remove("orderId");
        details.remove("retryAfterSeconds");
        return details.isEmpty() ? null : JSONB.toJson(details);
    }
}
