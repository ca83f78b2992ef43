package dev.microserves.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * What a topic of the test broker holds, read from its start by a consumer of the test's own (no
 * group, no commits): tests wait for the events a change must publish and check each against its
 * schema ({@link EventSchemas}). Topics have one partition here, so the log is in publishing order.
 */
public final class EventLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: its key and its CloudEvent. */
    public record Event(String key, JsonNode envelope) {

        public String type() {
            return envelope.path("type").asText();
        }

        public String subject() {
            return envelope.path("subject").asText();
        }

        public JsonNode data() {
            return envelope.path("data");
        }
    }

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<Event> events = new ArrayList<>();

    private EventLog(String topic, String bootstrapServers) {
        this.topic = topic;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /** The topic on the shared test broker ({@link TestKafka}), from its first record. */
    public static EventLog of(String topic) {
        return new EventLog(topic, TestKafka.bootstrapServers());
    }

    /** Everything read so far, after reading what has arrived since. */
    public synchronized List<Event> events() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            try {
                events.add(new Event(record.key(), JSON.readTree(record.value())));
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON on " + topic + ": " + record.value(), e);
            }
        }
        return List.copyOf(events);
    }

    /** The events about {@code subject} (an aggregate id), in publishing order. */
    public List<Event> about(String subject) {
        return events().stream().filter(e -> subject.equals(e.subject())).toList();
    }

    /** Waits (up to {@code within}) for an event that matches, and returns the first one. */
    public Event await(Predicate<Event> matching, Duration within) {
        return Awaitility.await().atMost(within).pollInterval(Duration.ZERO)
                .until(() -> events().stream().filter(matching).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** Waits for the event of {@code type} about {@code subject}. */
    public Event await(String type, String subject, Duration within) {
        return await(e -> type.equals(e.type()) && subject.equals(e.subject()), within);
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
