package dev.microserves.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A Kafka cluster (the local broker or an external one) reached through its bootstrap address,
 * for the two things the run command and the tests need of it: to know that it answers, and to
 * have the topics exist.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Duration ATTEMPT = Duration.ofSeconds(2);
    private static final Duration PAUSE = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final Admin admin;

    private KafkaCluster(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "microserves-setup");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        // Retry a refused connection soon: the broker is usually a second or two from listening.
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        this.admin = Admin.create(config);
    }

    public static KafkaCluster at(String bootstrapServers) {
        return new KafkaCluster(bootstrapServers);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Waits until the cluster describes itself (a broker answers a metadata request), for at most
     * {@code timeout}; gives up at once when {@code stillStarting} turns false (the broker's process
     * died). Fails with a message that names the address.
     */
    public void awaitReachable(Duration timeout, BooleanSupplier stillStarting) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!stillStarting.getAsBoolean()) {
                throw new IllegalStateException("Kafka at " + bootstrapServers + " stopped before it answered");
            }
            try {
                if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ATTEMPT.toMillis()))
                        .nodes().get(ATTEMPT.toMillis() * 2, TimeUnit.MILLISECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                last = notYet;
            }
            TimeUnit.MILLISECONDS.sleep(PAUSE.toMillis());
        }
        throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within "
                + timeout.toSeconds() + " s" + (last == null ? "" : " (" + rootMessage(last) + ")"));
    }

    /**
     * Creates each of {@code names} that does not exist yet, with {@code partitions} partitions,
     * {@code replicationFactor} replicas and {@code config}; topics that exist are left as they are
     * (their partitions are not changed). Returns the names it created.
     */
    public List<String> ensureTopics(Collection<String> names, int partitions, short replicationFactor,
            Map<String, String> config) throws InterruptedException {
        List<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, partitions, replicationFactor).configs(config))
                .toList();
        CreateTopicsResult result = admin.createTopics(topics);
        List<String> created = new ArrayList<>();
        for (var entry : result.values().entrySet()) {
            try {
                entry.getValue().get();
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create the topic " + entry.getKey() + " on Kafka at "
                            + bootstrapServers + ": " + rootMessage(e), e);
                }
            }
        }
        return created;
    }

    /** The topics the cluster has (internal ones excluded). */
    public Collection<String> topics() throws InterruptedException {
        try {
            return admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not list the topics of Kafka at " + bootstrapServers + ": "
                    + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
