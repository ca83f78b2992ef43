package dev.microserves.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The leases that keep one worker per order: the request that placed it, a client's retry, or one
 * instance's recovery job. A lease names its owner. Work on an order runs {@link #under} it; each
 * of its writes renews the lease ({@link OrderProgress#update}) and fails with {@link LeaseLost}
 * once another worker holds it, and only the owner releases it. The recovery job leases one order
 * at a time, right before working on it, so no lease waits out its time in a queue.
 * <p>
 * The lease the current work runs under is kept per thread: work on an order runs on the thread
 * that took the lease (the saga has no transaction or thread of its own).
 */
@ApplicationScoped
public class OrderLeases {

    private static final ThreadLocal<Lease> WORKING_UNDER = new ThreadLocal<>();

    /** A worker's hold on one order. */
    public record Lease(UUID orderId, UUID owner) {

        public static Lease fresh(UUID orderId) {
            return new Lease(orderId, UUID.randomUUID());
        }
    }

    @Inject
    OrderProgress progress;

    /** Leases the order unless another worker holds it. */
    public Optional<Lease> take(UUID orderId) {
        Lease lease = Lease.fresh(orderId);
        return progress.lease(lease) ? Optional.of(lease) : Optional.empty();
    }

    /** Leases the order whose next attempt is most overdue and that nobody holds, if any. */
    public Optional<Lease> takeNextDue() {
        UUID owner = UUID.randomUUID();
        return progress.leaseNextDue(owner).map(orderId -> new Lease(orderId, owner));
    }

    /** Runs work on the leased order, then releases the lease (if it is still this worker's). */
    public <T> T under(Lease lease, Supplier<T> work) {
        Lease outer = WORKING_UNDER.get();
        WORKING_UNDER.set(lease);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                WORKING_UNDER.remove();
            } else {
                WORKING_UNDER.set(outer);
            }
            progress.releaseLease(lease);
        }
    }

    /** The owner of the lease the current work holds on this order, if it runs under one. */
    Optional<UUID> ownerOf(UUID orderId) {
        Lease lease = WORKING_UNDER.get();
        return lease != null && lease.orderId().equals(orderId) ? Optional.of(lease.owner()) : Optional.empty();
    }
}
