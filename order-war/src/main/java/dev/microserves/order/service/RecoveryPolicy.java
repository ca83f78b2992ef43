package dev.microserves.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When an unfinished order is looked at again ({@code microserves.recovery.*}): first
 * {@code pending-timeout-seconds} after the request that left it, then after
 * {@code backoff-seconds}, doubling each time up to {@code backoff-max-seconds}.
 */
@ApplicationScoped
public class RecoveryPolicy {

    @Inject
    @ConfigProperty(name = "microserves.recovery.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "microserves.recovery.interval-millis", defaultValue = "5000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "microserves.recovery.pending-timeout-seconds", defaultValue = "30")
    long pendingTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "microserves.recovery.backoff-seconds", defaultValue = "5")
    long backoffSeconds;

    @Inject
    @ConfigProperty(name = "microserves.recovery.backoff-max-seconds", defaultValue = "300")
    long backoffMaxSeconds;

    @Inject
    @ConfigProperty(name = "microserves.recovery.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "microserves.recovery.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    /** When to look at an order again that has been tried {@code attemptsSoFar} times. */
    public Instant nextAttempt(int attemptsSoFar) {
        if (attemptsSoFar <= 0) {
            return Instant.now().plusSeconds(pendingTimeoutSeconds);
        }
        long delay = backoffSeconds << Math.min(attemptsSoFar - 1, 20);
        return Instant.now().plusSeconds(Math.min(Math.max(1, delay), backoffMaxSeconds));
    }

    /** When recovery should look at a new order whose request dies before finishing it. */
    public Instant lookAgainAt(Instant placedAt) {
        return placedAt.plusSeconds(pendingTimeoutSeconds);
    }

    public boolean enabled() {
        return enabled;
    }

    public long intervalMillis() {
        return Math.max(100, intervalMillis);
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    public long leaseSeconds() {
        return Math.max(5, leaseSeconds);
    }
}
