package dev.microserves.deploy;

import static dev.microserves.deploy.Rendered.container;
import static dev.microserves.deploy.Rendered.list;
import static dev.microserves.deploy.Rendered.podLabels;
import static dev.microserves.deploy.Rendered.selects;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.deploy.Repository.Server;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay as {@code kubectl kustomize} renders it (offline), checked object by object against
 * the servers' own configuration: ports and probes, resources, autoscalers and disruption budgets,
 * ConfigMaps and Secrets, who may reach whom, the public routes, and the operators' resources.
 */
class KubernetesOverlayTest {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** db.pool.max in liberty-config's persistence.xml: the connections one replica may open. */
    static final String DEFAULT_POOL = LibertyConfig.of(Repository.ROOT.resolve("liberty-config/src/main/liberty/config/shared/persistence.xml"))
            .variable("db.pool.max").orElseThrow();

    /** Who calls whom over HTTP (README, Services; every server fetches the customer service's JWK Set). */
    static final Map<String, Set<String>> CALLERS = Map.of(
            "customer", Set.of("order", "edge", "inventory", "payment", "recommendation"),
            "inventory", Set.of("order", "edge"),
            "payment", Set.of("order"),
            "order", Set.of("edge"),
            "recommendation", Set.of("edge"),
            "edge", Set.of());

    /** The servers that publish (outbox) or consume events; the storefront does neither. */
    static final Set<String> KAFKA_CLIENTS = Set.of("customer", "inventory", "payment", "order", "recommendation");

    /** The public paths (API.md) and the server that answers each. */
    static final Map<String, String> PUBLIC_PATHS = Map.of(
            "/api/storefront", "edge", "/api/auth", "customer", "/api/customers", "customer", "/api/products", "inventory",
            "/api/payment-methods", "payment", "/api/orders", "order", "/api/recommendations", "recommendation");

    @BeforeAll
    static void sayWhenNotRendering() {
        if (!Kustomize.available()) {
            Repository.loudly("KUBERNETES OVERLAYS NOT RENDERED: kubectl is not on PATH, so KubernetesOverlayTest did NOT run.\n"
                    + "Only the static checks of the manifests (KubernetesSourcesTest) ran. Install kubectl (it renders offline) to run them.");
        }
    }

    @BeforeEach
    void needsKubectl() {
        Assumptions.assumeTrue(Kustomize.available(), "kubectl is not on PATH: the overlays were not rendered");
    }

    static Stream<Arguments> overlaysAndServers() {
        return OVERLAYS.stream().flatMap(o -> Repository.servers().stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServers")
    void probesTheHealthEndpointsOnTheServersOwnPort(String overlay, Server server) {
        Rendered rendered = Rendered.overlay(overlay);
        JsonNode deployment = rendered.get("Deployment", server.name());
        JsonNode container = container(deployment);
        assertThat(list(container.path("ports"))).singleElement().satisfies(port -> {
            assertThat(port.path("name").asText()).isEqualTo("http");
            assertThat(port.path("containerPort").asInt()).isEqualTo(server.port());
        });
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/health/started");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("http");
        }
        assertThat(rendered.configValue(deployment, "HTTP_PORT")).hasValue(Integer.toString(server.port()));
        JsonNode service = rendered.get("Service", server.name());
        assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(server.port());
        Map<String, String> selector = Rendered.strings(service.at("/spec/selector"));
        assertThat(selector).isNotEmpty();
        assertThat(podLabels(deployment)).containsAllEntriesOf(selector);
        Map<String, String> annotations = Rendered.strings(deployment.at("/spec/template/metadata/annotations"));
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", Integer.toString(server.port())).containsEntry("prometheus.io/path", "/metrics");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServers")
    void requestsAndLimitsResourcesAndRunsUnprivileged(String overlay, Server server) {
        JsonNode deployment = Rendered.overlay(overlay).get("Deployment", server.name());
        JsonNode resources = container(deployment).path("resources");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.path(bound).path(resource).asText()).as(bound + "." + resource).isNotBlank();
            }
        }
        assertThat(Quantity.bytes(resources.at("/requests/memory").asText()))
                .isLessThanOrEqualTo(Quantity.bytes(resources.at("/limits/memory").asText()));
        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container(deployment).at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(deployment.at("/spec/replicas").isMissingNode()).as("the autoscaler owns the replica count").isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServers")
    void scalesWithAnAutoscalerAndABudgetThatLetsOneGoAtATime(String overlay, Server server) {
        Rendered rendered = Rendered.overlay(overlay);
        JsonNode deployment = rendered.get("Deployment", server.name());
        JsonNode hpa = rendered.get("HorizontalPodAutoscaler", server.name());
        assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(server.name());
        int min = hpa.at("/spec/minReplicas").asInt();
        assertThat(min).isGreaterThanOrEqualTo(overlay.equals("prod") ? 2 : 1);
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThanOrEqualTo(min);
        assertThat(list(hpa.at("/spec/metrics"))).isNotEmpty();
        JsonNode pdb = rendered.get("PodDisruptionBudget", server.name());
        assertThat(selects(pdb.at("/spec/selector"), podLabels(deployment))).isTrue();
        assertThat(pdb.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        if (server.name().equals("recommendation")) {
            int partitions = rendered.all("KafkaTopic").stream().mapToInt(t -> t.at("/spec/partitions").asInt()).max().orElse(1);
            assertThat(hpa.at("/spec/maxReplicas").asInt()).as("consumers beyond the partitions would sit idle")
                    .isLessThanOrEqualTo(Math.max(2, partitions));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServers")
    void configuresItsOwnDatabaseFromTheOperatorsSecretAndEveryOtherSecretExists(String overlay, Server server) {
        Rendered rendered = Rendered.overlay(overlay);
        JsonNode deployment = rendered.get("Deployment", server.name());
        assertThat(rendered.configValue(deployment, "OTEL_SERVICE_NAME")).hasValue(server.name());
        assertThat(rendered.configValue(deployment, "DB_NAME")).isEqualTo(server.database());
        server.database().ifPresent(database -> {
            JsonNode cluster = rendered.all("Cluster").stream()
                    .filter(c -> c.at("/spec/bootstrap/initdb/database").asText().equals(database)).findFirst()
                    .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster creates " + database));
            String name = cluster.at("/metadata/name").asText();
            assertThat(rendered.configValue(deployment, "DB_HOST")).hasValue(name + "-rw");
            assertThat(secretRef(deployment, "DB_USER")).isEqualTo(name + "-app/username");
            assertThat(secretRef(deployment, "DB_PASSWORD")).isEqualTo(name + "-app/password");
            assertThat(cluster.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(overlay.equals("prod") ? 3 : 1);
            int pool = Integer.parseInt(rendered.configValue(deployment, "DB_POOL_MAX").orElse(DEFAULT_POOL));
            int replicas = rendered.get("HorizontalPodAutoscaler", server.name()).at("/spec/maxReplicas").asInt();
            assertThat(replicas * pool).as("connections of " + replicas + " replicas, " + pool + " each, with room for the operator")
                    .isLessThanOrEqualTo(cluster.at("/spec/postgresql/parameters/max_connections").asInt() - 10);
        });
        String documentation = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        for (JsonNode env : container(deployment).path("env")) {
            JsonNode ref = env.at("/valueFrom/secretKeyRef");
            if (ref.isMissingNode() || ref.path("name").asText().endsWith("-db-app")) {
                continue;
            }
            String secret = ref.path("name").asText();
            if (overlay.equals("dev")) {
                assertThat(rendered.find("Secret", secret)).as("Secret " + secret).hasValueSatisfying(
                        s -> assertThat(s.path("data").has(ref.path("key").asText())).as(secret + " has " + ref.path("key")).isTrue());
            } else {
                assertThat(documentation).as("docs/operations.md says how to create " + secret + " with " + ref.path("key"))
                        .contains("create secret generic " + secret).contains(ref.path("key").asText());
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServers")
    void letsOnlyItsCallersTheGatewayAndPrometheusReachIt(String overlay, Server server) {
        Rendered rendered = Rendered.overlay(overlay);
        Map<String, String> labels = podLabels(rendered.get("Deployment", server.name()));
        Set<String> apps = new TreeSet<>();
        Set<String> namespaces = new HashSet<>();
        for (JsonNode policy : rendered.all("NetworkPolicy")) {
            if (!selects(policy.at("/spec/podSelector"), labels) || policy.at("/spec/podSelector/matchLabels").isEmpty()) {
                continue;
            }
            for (JsonNode rule : policy.at("/spec/ingress")) {
                assertThat(list(rule.path("ports"))).as("only its HTTP port").singleElement()
                        .satisfies(p -> assertThat(p.path("port").asText()).isEqualTo("http"));
                for (JsonNode peer : rule.path("from")) {
                    String namespace = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText(null);
                    if (namespace != null) {
                        namespaces.add(namespace + (peer.has("podSelector") ? "/" + peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText() : ""));
                    } else {
                        apps.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
                    }
                }
            }
        }
        assertThat(apps).as("servers allowed to call " + server.name()).containsExactlyInAnyOrderElementsOf(CALLERS.get(server.name()));
        assertThat(namespaces).containsExactlyInAnyOrder("gateway-system", "monitoring/prometheus");
        assertThat(rendered.all("NetworkPolicy")).as("a default deny of all ingress").anySatisfy(policy -> {
            assertThat(policy.at("/spec/podSelector").isEmpty()).isTrue();
            assertThat(policy.at("/spec/ingress").isMissingNode()).isTrue();
        });
        assertThat("true".equals(labels.get("microserves.dev/kafka-client"))).as(server.name() + " may reach Kafka")
                .isEqualTo(KAFKA_CLIENTS.contains(server.name()));
        server.database().ifPresent(database -> {
            JsonNode policy = rendered.get("NetworkPolicy", database + "-db-ingress");
            Set<String> peers = new TreeSet<>();
            policy.at("/spec/ingress/0/from").forEach(p -> peers.add(p.at("/podSelector/matchLabels").toString()));
            assertThat(peers).containsExactlyInAnyOrder("{\"app.kubernetes.io/name\":\"" + server.name() + "\"}",
                    "{\"cnpg.io/cluster\":\"" + database + "-db\"}");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void routesThePublicPathsOnlyToTheServersThatAnswerThem(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        JsonNode route = rendered.get("HTTPRoute", "microserves");
        assertThat(list(route.at("/spec/parentRefs"))).isNotEmpty();
        assertThat(list(route.at("/spec/hostnames"))).isNotEmpty();
        Map<String, String> routed = new java.util.HashMap<>();
        for (JsonNode rule : route.at("/spec/rules")) {
            JsonNode backend = rule.at("/backendRefs/0");
            JsonNode service = rendered.get("Service", backend.path("name").asText());
            assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(backend.path("port").asInt());
            rule.path("matches").forEach(m -> routed.put(m.at("/path/value").asText(), backend.path("name").asText()));
        }
        assertThat(routed).isEqualTo(PUBLIC_PATHS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void runsKafkaInKraftModeWithEveryEventTopicKeptForever(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        JsonNode kafka = rendered.get("Kafka", "microserves");
        assertThat(Rendered.strings(kafka.at("/metadata/annotations")))
                .containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        JsonNode pool = rendered.all("KafkaNodePool").stream().filter(p -> p.at("/metadata/labels/strimzi.io~1cluster").asText().equals("microserves"))
                .findFirst().orElseThrow();
        assertThat(list(pool.at("/spec/roles")).stream().map(JsonNode::asText)).contains("controller", "broker");
        int brokers = pool.at("/spec/replicas").asInt();
        assertThat(brokers).isGreaterThanOrEqualTo(overlay.equals("prod") ? 3 : 1);
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        String bootstrap = "microserves-kafka-bootstrap:" + listener.path("port").asInt();
        assertThat(listener.at("/networkPolicyPeers/0/podSelector/matchLabels/microserves.dev~1kafka-client").asText()).isEqualTo("true");
        assertThat(rendered.get("ConfigMap", "microserves-common").at("/data/MICROSERVES_KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo(bootstrap);
        List<JsonNode> topics = rendered.all("KafkaTopic");
        assertThat(topics.stream().map(t -> t.at("/spec/topicName").asText())).containsExactlyInAnyOrderElementsOf(Yaml.eventTopics());
        for (JsonNode topic : topics) {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("microserves");
            assertThat(topic.at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
            int replicas = topic.at("/spec/replicas").asInt();
            assertThat(replicas).isBetween(1, brokers);
            if (overlay.equals("prod")) {
                assertThat(replicas).isGreaterThanOrEqualTo(3);
                assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(replicas - 1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keepsDevelopmentModeAndItsSecretsOutOfProduction(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        String devMode = rendered.get("ConfigMap", "microserves-common").at("/data/MICROSERVES_DEV_MODE").asText();
        assertThat(devMode).isEqualTo(overlay.equals("dev") ? "true" : "false");
        if (overlay.equals("prod")) {
            assertThat(rendered.all("Secret")).as("no Secret is committed for production").isEmpty();
        }
        String namespace = rendered.get("Namespace", overlay.equals("prod") ? "microserves" : "microserves-" + overlay)
                .at("/metadata/name").asText();
        assertThat(rendered.objects).filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.at("/metadata/namespace").asText()).as(o.at("/metadata/name").asText()).isEqualTo(namespace));
    }

    private static String secretRef(JsonNode deployment, String env) {
        for (JsonNode variable : container(deployment).path("env")) {
            if (variable.path("name").asText().equals(env)) {
                JsonNode ref = variable.at("/valueFrom/secretKeyRef");
                return ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        throw new AssertionError(env + " is not set from a Secret");
    }
}
