package dev.microserves.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.deploy.Repository.Server;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The compose file runs PostgreSQL with every service's database, Kafka with every topic, and every server from its Dockerfile. */
class ComposeTest {

    private static final Path COMPOSE = Repository.DEPLOY.resolve("compose");
    private static final JsonNode SERVICES = Yaml.read(Repository.read(COMPOSE.resolve("compose.yaml"))).path("services");

    static Stream<Server> servers() {
        return Repository.servers().stream();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void buildsEveryServerFromItsDockerfileWithTheRepositoryAsContext(Server server) {
        JsonNode service = SERVICES.path(server.name());
        assertThat(service.isMissingNode()).as("compose service " + server.name()).isFalse();
        assertThat(COMPOSE.resolve(service.at("/build/context").asText()).normalize()).isEqualTo(Repository.ROOT);
        assertThat(service.at("/build/dockerfile").asText()).isEqualTo("deploy/docker/" + server.name() + ".Dockerfile");
        assertThat(service.path("ports").get(0).asText()).isEqualTo(server.port() + ":" + server.port());
        assertThat(service.at("/environment/JWT_JWKS_URI").asText()).isEqualTo("http://customer:9081/api/auth/jwks");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void givesEachServerWithADatabaseItsOwnAfterPostgresIsHealthy(Server server) {
        JsonNode service = SERVICES.path(server.name());
        if (server.database().isEmpty()) {
            assertThat(service.at("/environment/DB_NAME").isMissingNode()).as(server.name() + " has no database").isTrue();
            return;
        }
        String database = server.database().get();
        assertThat(service.at("/environment/DB_NAME").asText()).isEqualTo(database);
        assertThat(service.at("/environment/DB_HOST").asText()).isEqualTo("postgres");
        assertThat(service.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(service.at("/depends_on/kafka-topics/condition").asText()).isEqualTo("service_completed_successfully");
        assertThat(Repository.read(COMPOSE.resolve("initdb.sql"))).contains("CREATE DATABASE " + database + ";");
    }

    @Test
    void createsEveryEventTopicKeptForever() {
        String command = SERVICES.at("/kafka-topics/command").get(0).asText();
        assertThat(command).contains("retention.ms=-1");
        assertThat(Yaml.eventTopics()).allSatisfy(topic -> assertThat(command).contains(topic));
        assertThat(SERVICES.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        String kafkaVersion = System.getProperty("microserves.kafka.version");
        assertThat(SERVICES.at("/kafka/image").asText()).isEqualTo("apache/kafka:" + kafkaVersion);
        assertThat(SERVICES.at("/kafka-topics/image").asText()).isEqualTo("apache/kafka:" + kafkaVersion);
    }

    @Test
    void pointsTheCallersAtTheirPeers() {
        assertThat(SERVICES.at("/order/environment/CUSTOMER_URL").asText()).isEqualTo("http://customer:9081");
        assertThat(SERVICES.at("/order/environment/INVENTORY_URL").asText()).isEqualTo("http://inventory:9082");
        assertThat(SERVICES.at("/order/environment/PAYMENT_URL").asText()).isEqualTo("http://payment:9083");
        assertThat(SERVICES.at("/edge/environment/ORDER_URL").asText()).isEqualTo("http://order:9080");
        assertThat(SERVICES.at("/edge/environment/RECOMMENDATION_URL").asText()).isEqualTo("http://recommendation:9084");
    }
}
