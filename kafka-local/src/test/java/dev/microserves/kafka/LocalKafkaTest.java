package dev.microserves.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker as the run command uses it: its data survives a restart, and nothing is formatted twice. */
class LocalKafkaTest {

    @TempDir
    Path data;

    @Test
    void keepsTopicsRecordsAndClusterIdAcrossARestart() throws Exception {
        String clusterId;
        try (LocalKafka kafka = LocalKafka.startOnFreePorts(data)) {
            clusterId = kafka.clusterId();
            try (KafkaCluster cluster = KafkaCluster.at(kafka.bootstrapServers())) {
                assertThat(cluster.ensureTopics(List.of("restart.test"), 1, (short) 1, Map.of()))
                        .containsExactly("restart.test");
            }
            produce(kafka.bootstrapServers(), "restart.test", "order-1", "before the restart");
        }
        assertThat(data.resolve("broker.pid")).doesNotExist();

        try (LocalKafka again = LocalKafka.startOnFreePorts(data)) {
            assertThat(again.clusterId()).isEqualTo(clusterId);
            try (KafkaCluster cluster = KafkaCluster.at(again.bootstrapServers())) {
                assertThat(cluster.ensureTopics(List.of("restart.test"), 1, (short) 1, Map.of()))
                        .as("an existing topic is left alone").isEmpty();
            }
            assertThat(consumeFromStart(again.bootstrapServers(), "restart.test"))
                    .containsExactly("order-1=before the restart");
        }
        assertThat(Files.readString(data.resolve("broker.log"))).containsOnlyOnce("Formatting metadata directory");
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (LocalKafka kafka = LocalKafka.startOnFreePorts(data.resolve("first"))) {
            assertThatThrownBy(() -> LocalKafka.start(data.resolve("second"), kafka.port(), 0,
                    data.resolve("second.log")))
                    .hasMessageContaining("Port " + kafka.port()).hasMessageContaining("already in use");
        }
    }

    static void produce(String bootstrapServers, String topic, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Every record of the topic's partition 0, from its start, as {@code key=value}. */
    static List<String> consumeFromStart(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record.key() + "=" + record.value());
                }
                return !records.isEmpty();
            });
        }
        return records;
    }
}
