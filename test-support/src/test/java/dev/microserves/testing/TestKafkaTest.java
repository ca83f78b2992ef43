package dev.microserves.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.kafka.EventTopics;
import dev.microserves.kafka.KafkaCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The shared test broker is a real Kafka: a record produced to a new topic is consumed by a consumer group. */
class TestKafkaTest {

    @Test
    void producesAndConsumesOneRecordThroughTheSharedBroker() throws Exception {
        String topic = "test-support." + UUID.randomUUID();
        try (KafkaCluster cluster = TestKafka.cluster()) {
            assertThat(cluster.ensureTopics(List.of(topic), 1, (short) 1, Map.of())).containsExactly(topic);
        }

        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(),
                new StringSerializer(), new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>(topic, "order-42", "{\"status\":\"CONFIRMED\"}")).get();
        }
        assertThat(sent.offset()).isZero();

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("order-42");
            assertThat(record.value()).isEqualTo("{\"status\":\"CONFIRMED\"}");
        });
    }

    @Test
    void isStartedOnceWithTheSystemsEventTopics() throws Exception {
        assertThat(TestKafka.startOnce()).isSameAs(TestKafka.startOnce());
        try (KafkaCluster cluster = TestKafka.cluster()) {
            assertThat(cluster.topics()).containsAll(EventTopics.ALL);
        }
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-support-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }
}
