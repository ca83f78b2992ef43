package dev.microserves.launcher;

import dev.microserves.kafka.EventTopics;
import dev.microserves.kafka.KafkaCluster;
import dev.microserves.kafka.LocalKafka;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Kafka the services publish to: an external cluster when {@code KAFKA_BOOTSTRAP_SERVERS} is
 * set, otherwise a local KRaft broker (its own JVM, {@link LocalKafka}) whose data survives
 * restarts. Either way the event topics exist once it has started.
 *
 * <p>{@code KAFKA_PORT} (default 9092) and {@code KAFKA_CONTROLLER_PORT} (default the next port)
 * move the local broker; {@code KAFKA_TOPIC_PARTITIONS} (default 1) and
 * {@code KAFKA_REPLICATION_FACTOR} (default 1) shape the topics it creates where they are missing.
 */
final class Kafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Kafka.class.getName());
    static final int DEFAULT_PORT = 9092;
    private static final Duration EXTERNAL_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final LocalKafka local;

    private Kafka(String bootstrapServers, LocalKafka local) {
        this.bootstrapServers = bootstrapServers;
        this.local = local;
    }

    /** The external cluster's bootstrap address, when {@code KAFKA_BOOTSTRAP_SERVERS} names one. */
    static Optional<String> external(Map<String, String> env) {
        return Optional.ofNullable(env.get("KAFKA_BOOTSTRAP_SERVERS")).map(String::trim).filter(s -> !s.isEmpty());
    }

    static Kafka start(Map<String, String> env, Path dataDirectory, Path logFile) throws IOException, InterruptedException {
        Optional<String> external = external(env);
        Kafka kafka;
        if (external.isPresent()) {
            LOG.info("Using the external Kafka at " + external.get());
            kafka = new Kafka(external.get(), null);
            try (KafkaCluster cluster = KafkaCluster.at(kafka.bootstrapServers)) {
                cluster.awaitReachable(EXTERNAL_TIMEOUT, () -> true);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "; check KAFKA_BOOTSTRAP_SERVERS, or unset it to run a local broker");
            }
        } else {
            int port = number(env, "KAFKA_PORT", DEFAULT_PORT);
            int controllerPort = number(env, "KAFKA_CONTROLLER_PORT", port + 1);
            try {
                LocalKafka broker = LocalKafka.start(dataDirectory, port, controllerPort, logFile);
                kafka = new Kafka(broker.bootstrapServers(), broker);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + " (KAFKA_PORT / KAFKA_CONTROLLER_PORT move the broker)");
            }
        }
        try {
            kafka.ensureTopics(number(env, "KAFKA_TOPIC_PARTITIONS", 1), number(env, "KAFKA_REPLICATION_FACTOR", 1));
        } catch (RuntimeException | InterruptedException e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    private void ensureTopics(int partitions, int replicationFactor) throws InterruptedException {
        try (KafkaCluster cluster = KafkaCluster.at(bootstrapServers)) {
            List<String> created = cluster.ensureTopics(EventTopics.ALL, partitions, (short) replicationFactor,
                    EventTopics.CONFIG);
            for (String topic : created) {
                LOG.info("Created topic " + topic + " (" + partitions + " partition(s), replication factor "
                        + replicationFactor + ")");
            }
        }
    }

    private static int number(Map<String, String> env, String key, int defaultValue) {
        String value = env.get(key);
        try {
            return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " must be a whole number, not " + value);
        }
    }

    /** {@code host:port,...} for the services' {@code bootstrap.servers}. */
    String bootstrapServers() {
        return bootstrapServers;
    }

    boolean isLocal() {
        return local != null;
    }

    /** Stops the local broker (an external cluster is left alone). */
    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
    }
}
