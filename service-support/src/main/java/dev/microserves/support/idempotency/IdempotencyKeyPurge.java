package dev.microserves.support.idempotency;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets idempotency keys after {@code microserves.idempotency.retention-hours} (default 48, the
 * contract asks for at least 24). Runs hourly; a plain DELETE, harmless when several instances run it.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IdempotencyKeys keys;

    @Inject
    @ConfigProperty(name = "microserves.idempotency.retention-hours", defaultValue = "48")
    long retentionHours;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::purge, 5, 60, TimeUnit.MINUTES);
    }

    void purge() {
        try {
            int purged = keys.purgeOlderThan(Math.max(24, retentionHours));
            if (purged > 0) {
                LOG.info(() -> "Purged " + purged + " expired idempotency keys");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Idempotency key purge failed; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
