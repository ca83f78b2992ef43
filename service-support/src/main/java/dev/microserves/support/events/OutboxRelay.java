package dev.microserves.support.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Publishes the outbox: after every commit that recorded events ({@link #nudge}) and every
 * {@code microserves.events.relay-interval-millis} (1000), on the managed executor, never on a
 * client's thread. A pass publishes batches until the outbox is empty or the broker stops
 * answering; what it could not publish stays for the next pass, so a broker outage delays events
 * and never loses or fails anything. Published rows are purged after
 * {@code microserves.events.retention-hours} (24).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration WARN_AT_MOST_EVERY = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxRows rows;

    @Inject
    EventPublisher publisher;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "microserves.events.relay-interval-millis", defaultValue = "1000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "microserves.events.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    @ConfigProperty(name = "microserves.events.retention-hours", defaultValue = "24")
    long retentionHours;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean drainAgain = new AtomicBoolean();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestWaitingAgeSeconds = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private volatile Instant lastPurge = Instant.now();
    private volatile Instant lastWarning = Instant.EPOCH;
    private ScheduledFuture<?> task;

    @PostConstruct
    void registerMetrics() {
        registry.gauge(Metadata.builder().withName("outbox_events_waiting")
                .withDescription("Events recorded and not yet published to Kafka").build(), waiting, AtomicLong::get);
        registry.gauge(Metadata.builder().withName("outbox_oldest_event_age")
                        .withDescription("How long the oldest unpublished event has waited (outbox lag)")
                        .withUnit(MetricUnits.SECONDS).build(),
                oldestWaitingAgeSeconds, AtomicLong::get);
        registry.gauge(Metadata.builder().withName("outbox_events_published")
                .withDescription("Events this server published since it started").build(), published, AtomicLong::get);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!publisher.enabled()) {
            LOG.warning("No Kafka configured (microserves.kafka.bootstrap-servers): events wait in the outbox");
            return;
        }
        long every = Math.max(50, intervalMillis);
        task = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Publishing events to Kafka at " + publisher.bootstrapServers());
    }

    /** A transaction that recorded events committed: publish them soon. */
    public void nudge() {
        if (task != null) {
            scheduler.execute(this::drain);
        }
    }

    /** The scheduled pass: publish, then refresh the lag figures and purge now and then. */
    void pass() {
        drain();
        try {
            OutboxRows.Backlog backlog = rows.backlog();
            waiting.set(backlog.count());
            oldestWaitingAgeSeconds.set(backlog.oldestCreatedAt() == null ? 0
                    : Math.max(0, Duration.between(backlog.oldestCreatedAt(), Instant.now()).toSeconds()));
            if (Instant.now().isAfter(lastPurge.plus(PURGE_EVERY))) {
                lastPurge = Instant.now();
                rows.purgePublishedBefore(Math.max(1, retentionHours));
            }
        } catch (RuntimeException e) {
            warn("Outbox bookkeeping failed; the next pass tries again", e);
        }
    }

    /** Publishes until the outbox is empty or the broker stops taking events; one drain at a time. */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            drainAgain.set(true);
            return;
        }
        try {
            do {
                drainAgain.set(false);
                int sent;
                do {
                    sent = rows.publishBatch(Math.max(1, batchSize), publisher);
                    published.addAndGet(sent);
                } while (sent == Math.max(1, batchSize));
            } while (drainAgain.get());
        } catch (RuntimeException e) {
            warn("Publishing events failed; they stay in the outbox and are sent later", e);
        } finally {
            draining.set(false);
        }
    }

    private void warn(String message, RuntimeException e) {
        if (Instant.now().isAfter(lastWarning.plus(WARN_AT_MOST_EVERY))) {
            lastWarning = Instant.now();
            LOG.log(Level.WARNING, message + ": " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
