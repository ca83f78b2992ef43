package dev.microserves.order.service;

import dev.microserves.order.domain.Order;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code microserves.recovery.interval-millis}, finishes the orders whose next attempt is due
 * (PENDING orders left by a lost answer or a crash, cancellations with a step outstanding) with
 * {@link SagaRecovery}, up to {@code batch-size} per pass. Each is leased right before it is worked
 * on ({@link OrderLeases}; {@code FOR UPDATE SKIP LOCKED}), so several instances share the work and
 * never drive one order at the same time.
 */
@ApplicationScoped
public class RecoveryJob {

    private static final Logger LOG = Logger.getLogger(RecoveryJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrderProgress progress;

    @Inject
    SagaRecovery recovery;

    @Inject
    RecoveryPolicy policy;

    @Inject
    OrderMetrics metrics;

    @Inject
    OrderLeases leases;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (policy.enabled()) {
            task = scheduler.scheduleWithFixedDelay(this::runOnce, policy.intervalMillis(), policy.intervalMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** One pass; returns how many orders it looked at. */
    public int runOnce() {
        int looked = 0;
        try {
            Optional<OrderLeases.Lease> next;
            while (looked < policy.batchSize() && (next = leases.takeNextDue()).isPresent()) {
                looked++;
                OrderLeases.Lease lease = next.get();
                leases.under(lease, () -> resolve(lease.orderId()));
            }
            metrics.pending(progress.pendingSummary());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recovery pass failed; the next pass tries again", e);
        }
        return looked;
    }

    private Void resolve(UUID orderId) {
        try {
            Order order = recovery.resolve(orderId);
            metrics.recovered(order);
            LOG.info(() -> "Recovery: order " + orderId + " is " + order.status()
                    + (order.nextAttemptAt() == null ? "" : ", next attempt at " + order.nextAttemptAt()));
        } catch (LeaseLost takenOver) {
            metrics.leaseLost();
            LOG.warning(() -> "Recovery: " + takenOver.getMessage() + "; this worker stopped");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recovery of order " + orderId + " failed; it will be tried again", e);
            try {
                progress.park(orderId);
            } catch (RuntimeException ignored) {
                // still due: the next pass tries again
            }
        }
        return null;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
