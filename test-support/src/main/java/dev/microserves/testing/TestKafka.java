package dev.microserves.testing;

import dev.microserves.kafka.EventTopics;
import dev.microserves.kafka.KafkaCluster;
import dev.microserves.kafka.LocalKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One real Kafka broker per test JVM, started the way the run command starts its own
 * ({@link LocalKafka}: KRaft, its own JVM, no Docker) but on free ports with its data in a fresh
 * temporary directory, and with the system's event topics created. A JVM shutdown hook stops it
 * and deletes its data, so a test needs no teardown; tests that want topics of their own create
 * them ({@link #cluster()}).
 *
 * <p>An Arquillian IT gets its Liberty server pointed at this broker by setting the failsafe
 * system property {@code microserves.it.kafka=true} (see {@link TestEnvironment}).
 */
public final class TestKafka {

    private static final Logger LOG = Logger.getLogger(TestKafka.class.getName());
    private static LocalKafka broker;

    private TestKafka() {
    }

    /** The broker, started on the first call (a few seconds) and shared by every later one. */
    public static synchronized LocalKafka startOnce() {
        if (broker != null && broker.isRunning()) {
            return broker;
        }
        try {
            Path data = Files.createTempDirectory("microserves-test-kafka-");
            LocalKafka started = LocalKafka.startOnFreePorts(data);
            // The broker of the moment: a test may have stopped and started it again (downWhile).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(broker != null ? broker : started),
                    "test-kafka-shutdown"));
            try (KafkaCluster cluster = KafkaCluster.at(started.bootstrapServers())) {
                cluster.ensureTopics(EventTopics.ALL, 1, (short) 1, EventTopics.CONFIG);
            }
            LOG.info("Test Kafka on " + started.bootstrapServers() + " (log " + started.logFile() + ")");
            broker = started;
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test Kafka broker", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the test Kafka broker", e);
        }
    }

    /**
     * Stops the shared broker, runs {@code whileDown} (a test placing orders during an outage),
     * and starts it again on the same ports and data, as a broker that was down for a while.
     */
    public static synchronized void downWhile(Runnable whileDown) {
        LocalKafka running = startOnce();
        running.close();
        try {
            whileDown.run();
        } finally {
            try {
                broker = LocalKafka.start(running.dataDirectory(), running.port(), running.controllerPort(),
                        running.logFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test Kafka broker again", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the test Kafka broker again", e);
            }
        }
    }

    /** {@code host:port} of the shared broker (starting it if need be), for {@code bootstrap.servers}. */
    public static String bootstrapServers() {
        return startOnce().bootstrapServers();
    }

    /** An admin view of the shared broker, to create topics of a test's own; close it after use. */
    public static KafkaCluster cluster() {
        return KafkaCluster.at(bootstrapServers());
    }

    private static void stopAndDelete(LocalKafka kafka) {
        kafka.close();
        try (Stream<Path> files = Files.walk(kafka.dataDirectory())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory left behind is harmless; the broker is stopped either way.
        }
    }
}
