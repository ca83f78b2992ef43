package dev.microserves.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.kafka.EventTopics;
import dev.microserves.kafka.KafkaCluster;
import dev.microserves.kafka.LocalKafka;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's Kafka: its own broker on KAFKA_PORT, or an existing cluster it only creates topics on. */
class KafkaTest {

    @TempDir
    Path home;

    @Test
    void startsALocalBrokerOnKafkaPortWithTheEventTopics() throws Exception {
        int port = freePort();
        try (Kafka kafka = Kafka.start(Map.of("KAFKA_PORT", Integer.toString(port), "KAFKA_CONTROLLER_PORT", "0"),
                home.resolve("kafka"), home.resolve("logs/kafka.log"))) {
            assertThat(kafka.isLocal()).isTrue();
            assertThat(kafka.bootstrapServers()).endsWith(":" + port);
            try (KafkaCluster cluster = KafkaCluster.at(kafka.bootstrapServers())) {
                assertThat(cluster.topics()).containsAll(EventTopics.ALL);
            }
        }
        assertThat(home.resolve("kafka/storage/meta.properties")).exists();
        assertThat(home.resolve("logs/kafka.log")).isNotEmptyFile();
    }

    @Test
    void usesAnExternalClusterWithoutStartingABroker() throws Exception {
        try (LocalKafka external = LocalKafka.startOnFreePorts(home.resolve("external"));
                Kafka kafka = Kafka.start(Map.of("KAFKA_BOOTSTRAP_SERVERS", external.bootstrapServers()),
                        home.resolve("kafka"), home.resolve("logs/kafka.log"))) {
            assertThat(kafka.isLocal()).isFalse();
            assertThat(kafka.bootstrapServers()).isEqualTo(external.bootstrapServers());
            try (KafkaCluster cluster = KafkaCluster.at(external.bootstrapServers())) {
                assertThat(cluster.topics()).containsAll(EventTopics.ALL);
            }
        }
        assertThat(home.resolve("kafka")).doesNotExist();
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            return probe.getLocalPort();
        }
    }
}
