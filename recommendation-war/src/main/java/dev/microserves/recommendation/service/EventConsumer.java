package dev.microserves.recommendation.service;

import dev.microserves.recommendation.service.EventApplier.Outcome;
import dev.microserves.support.events.KafkaClients;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Reads {@code microserves.orders} and {@code microserves.inventory} on one managed thread for the
 * life of the application and applies every record through {@link EventApplier}, one transaction
 * each; offsets are committed (group {@code microserves.recommendation.group-id}, auto-commit off)
 * only after those transactions, so a crash replays records, and their ids make the replay change
 * nothing.
 *
 * <p>The consumer assigns itself every partition of both topics rather than joining a group
 * rebalance: there is no partition to share between instances of this service (each keeps its
 * own complete tables), nothing pauses for a rebalance, and a rebuild can seek them all. A broker
 * that is down or a topic not yet created only makes the loop wait and try again; the service
 * starts and answers from the tables it has meanwhile (the state shows in health and metrics).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());
    private static final Duration METADATA_WAIT = Duration.ofSeconds(5);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    EventApplier applier;

    @Inject
    ConsumedEventSpans spans;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "microserves.kafka.bootstrap-servers", defaultValue = " ")
    String bootstrapServers;

    @Inject
    @ConfigProperty(name = "microserves.recommendation.group-id", defaultValue = "microserves-recommendations")
    String groupId;

    @Inject
    @ConfigProperty(name = "microserves.recommendation.poll-millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "microserves.recommendation.retry-millis", defaultValue = "2000")
    long retryMillis;

    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong rebuildsRequested = new AtomicLong();
    private final AtomicLong rebuildsCompleted = new AtomicLong();
    private final Object pause = new Object();

    private volatile boolean running;
    private volatile String state = "starting";
    private volatile Instant lastRebuildCompletedAt;
    private volatile List<ConsumerStatus.Position> positions = List.of();
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    // Only the loop's thread touches these: the rebuild in progress and where it must reach.
    private long rebuildStarted;
    private Map<TopicPartition, Long> rebuildTarget = Map.of();

    @PostConstruct
    void registerMetrics() {
        gauge("recommendation_events_applied", "Events applied to the recommendation tables since start", applied);
        gauge("recommendation_events_duplicate", "Events delivered again and skipped by their id since start", duplicates);
        gauge("recommendation_records_skipped", "Records that could not be read as their schema says, skipped", skipped);
        gauge("recommendation_consumer_lag", "Records on the topics not yet applied (as of the last poll)", lag);
        gauge("recommendation_rebuilds_completed", "Rebuilds from the start of the topics finished since start",
                rebuildsCompleted);
    }

    private void gauge(String name, String description, AtomicLong value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), value, AtomicLong::get);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (bootstrapServers.isBlank()) {
            state = "disabled";
            LOG.warning("No Kafka configured (microserves.kafka.bootstrap-servers): recommendations stay as they are");
            return;
        }
        running = true;
        thread = threads.newThread(this::run);
        thread.setName("recommendation-events");
        thread.start();
        LOG.info(() -> "Reading " + Topics.CONSUMED + " from Kafka at " + bootstrapServers.trim());
    }

    /** Asks for the tables to be emptied and rebuilt from the start of the topics; returns the rebuild's number. */
    public long requestRebuild() {
        long number = rebuildsRequested.incrementAndGet();
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        wakeUp();
        return number;
    }

    public ConsumerStatus status() {
        return new ConsumerStatus(state, applied.get(), duplicates.get(), skipped.get(), lag.get(),
                rebuildsRequested.get(), rebuildsCompleted.get(), lastRebuildCompletedAt, positions);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> created = create()) {
                consumer = created;
                state = "connecting";
                if (assign(created)) {
                    state = "consuming";
                    consume(created);
                }
            } catch (WakeupException woken) {
                // a rebuild asked for or the application stopping: the loop decides
            } catch (InterruptException stopping) {
                // the server interrupts its managed threads when the application stops
                running = false;
            } catch (RuntimeException e) {
                state = "retrying";
                LOG.log(Level.WARNING, "Reading events failed; trying again in " + retryMillis + " ms: " + e);
                pauseFor(retryMillis);
            } finally {
                consumer = null;
            }
        }
        state = "stopped";
    }

    private KafkaConsumer<String, String> create() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.trim());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "recommendation-service");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A group that has committed nothing yet starts from the beginning of the topics' history.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        return KafkaClients.create(() -> new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer()));
    }

    /** Takes every partition of both topics; false (after a pause) while a topic is not there yet. */
    private boolean assign(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Topics.CONSUMED) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, METADATA_WAIT);
            if (infos == null || infos.isEmpty()) {
                state = "waiting-for-topics";
                pauseFor(retryMillis);
                return false;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        kafka.assign(partitions);
        return true;
    }

    private void consume(KafkaConsumer<String, String> kafka) {
        while (running) {
            if (rebuildsRequested.get() > rebuildStarted) {
                startRebuild(kafka);
            }
            ConsumerRecords<String, String> records;
            try {
                records = kafka.poll(Duration.ofMillis(Math.max(50, pollMillis)));
            } catch (WakeupException woken) {
                continue;
            }
            boolean failed = applyAll(kafka, records);
            refreshPositions(kafka);
            if (rebuildStarted > rebuildsCompleted.get() && caughtUp(kafka)) {
                lastRebuildCompletedAt = Instant.now();
                rebuildsCompleted.set(rebuildStarted);
                state = "consuming";
                LOG.info("Recommendation tables rebuilt from the start of the topics");
            }
            if (failed) {
                pauseFor(retryMillis);
            }
        }
    }

    /**
     * Applies the records partition by partition and commits what was applied. A record the
     * database refused (an outage) is read again after a pause: its partition is sought back to it.
     */
    private boolean applyAll(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean failed = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                try {
                    count(spans.applying(record, () -> applier.apply(record.topic(), record.value())));
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not apply " + partition + "@" + record.offset() + "; it is read again: " + e);
                    kafka.seek(partition, record.offset());
                    failed = true;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            kafka.commitSync(done);
        }
        return failed;
    }

    private void count(Outcome outcome) {
        switch (outcome) {
            case APPLIED -> applied.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
        }
    }

    /**
     * Replays from the start. The group's offsets go back to the beginning before the tables are
     * emptied: a crash in between then replays into full tables (every event a duplicate, nothing
     * changes) rather than leaving empty tables behind offsets that skip the history.
     */
    private void startRebuild(KafkaConsumer<String, String> kafka) {
        long number = rebuildsRequested.get();
        state = "rebuilding";
        var partitions = kafka.assignment();
        Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
        kafka.beginningOffsets(partitions).forEach((tp, offset) -> beginning.put(tp, new OffsetAndMetadata(offset)));
        kafka.commitSync(beginning);
        applier.clearTables();
        kafka.seekToBeginning(partitions);
        rebuildTarget = kafka.endOffsets(partitions);
        rebuildStarted = number;
        LOG.info(() -> "Rebuilding the recommendation tables: replaying up to " + rebuildTarget);
    }

    private boolean caughtUp(KafkaConsumer<String, String> kafka) {
        for (Map.Entry<TopicPartition, Long> target : rebuildTarget.entrySet()) {
            if (kafka.position(target.getKey()) < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void refreshPositions(KafkaConsumer<String, String> kafka) {
        long behind = 0;
        List<ConsumerStatus.Position> now = new ArrayList<>();
        for (TopicPartition partition : kafka.assignment()) {
            behind += kafka.currentLag(partition).orElse(0);
            now.add(new ConsumerStatus.Position(partition.topic(), partition.partition(), kafka.position(partition)));
        }
        now.sort((a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition())
                : a.topic().compareTo(b.topic()));
        positions = List.copyOf(now);
        lag.set(behind);
    }

    private void pauseFor(long millis) {
        synchronized (pause) {
            try {
                pause.wait(Math.max(50, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void wakeUp() {
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        wakeUp();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
