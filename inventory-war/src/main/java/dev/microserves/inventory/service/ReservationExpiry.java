package dev.microserves.inventory.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Releases held reservations whose deadline has passed, every
 * {@code microserves.reservations.expiry-interval-seconds} (default 5). Each batch is one
 * transaction that skips rows other transactions hold, so any number of instances can run it.
 */
@ApplicationScoped
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
    /** Batches per run at most, so that one run cannot go on for ever behind a flood of expiries. */
    private static final int MAX_BATCHES_PER_RUN = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Reservations reservations;

    @Inject
    @ConfigProperty(name = "microserves.reservations.expiry-interval-seconds", defaultValue = "5")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "microserves.reservations.expiry-batch-size", defaultValue = "100")
    int batchSize;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long interval = Math.max(1, intervalSeconds);
        task = scheduler.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.SECONDS);
    }

    void run() {
        try {
            int batch = Math.max(1, batchSize);
            int total = 0;
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                int released = reservations.expireDue(Instant.now(), batch);
                total += released;
                if (released < batch) {
                    break;
                }
            }
            if (total > 0) {
                int released = total;
                LOG.info(() -> "Released " + released + " expired reservations");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Releasing expired reservations failed; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
