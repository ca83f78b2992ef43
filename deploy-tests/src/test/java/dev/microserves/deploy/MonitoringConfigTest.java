package dev.microserves.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The monitoring files: the alert rules and the Prometheus configurations pass {@code promtool}
 * where it is installed; every alert is documented; the dashboard queries the provisioned data
 * source. (That every metric they name exists on a running server is MonitoringSystemIT's job.)
 */
class MonitoringConfigTest {

    private static final Path MONITORING = Repository.DEPLOY.resolve("monitoring");
    private static final Optional<Path> PROMTOOL = Kustomize.onPath("promtool");

    @Test
    void promtoolAcceptsTheRulesAndBothConfigurations() {
        if (PROMTOOL.isEmpty()) {
            Repository.loudly("PROMTOOL NOT INSTALLED: `promtool check rules deploy/monitoring/alerts.yml` and `promtool check config`\n"
                    + "did NOT run. The static checks of the rules (MonitoringConfigTest) and MonitoringSystemIT still ran.\n"
                    + "Install Prometheus's promtool on PATH to run them.");
        }
        Assumptions.assumeTrue(PROMTOOL.isPresent(), "promtool is not on PATH");
        promtool("check", "rules", MONITORING.resolve("alerts.yml").toString());
        promtool("check", "config", MONITORING.resolve("prometheus.yml").toString());
        String kubernetes = MONITORING.resolve("prometheus-kubernetes.yml").toString();
        if (promtoolKnowsKubernetesDiscovery()) {
            promtool("check", "config", kubernetes);
        } else {
            Repository.loudly("THIS PROMTOOL HAS NO KUBERNETES SERVICE DISCOVERY (Debian builds it without): `promtool check config\n"
                    + kubernetes + "` did NOT run; the rules and the compose configuration were checked.");
        }
    }

    /** Debian's prometheus package leaves some service discovery out, Kubernetes among it. */
    private static boolean promtoolKnowsKubernetesDiscovery() {
        return !run("check", "config", MONITORING.resolve("prometheus-kubernetes.yml").toString()).output()
                .contains("field kubernetes_sd_configs not found");
    }

    @Test
    void everyAlertHasASeverityASummaryAndARunbookSectionInTheGuide() {
        JsonNode rules = Yaml.read(Repository.read(MONITORING.resolve("alerts.yml")));
        String guide = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        List<JsonNode> alerts = rules.path("groups").findValues("rules").stream().flatMap(r -> Rendered.list(r).stream()).toList();
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asText();
            assertThat(name).as("an alerting rule").matches("Microserves[A-Za-z]+");
            assertThat(alert.path("expr").asText()).as(name).isNotBlank();
            assertThat(alert.at("/labels/severity").asText()).as(name).isIn("warning", "critical");
            assertThat(alert.at("/annotations/summary").asText()).as(name).isNotBlank();
            assertThat(alert.at("/annotations/runbook").asText()).as(name).isEqualTo("docs/operations.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(guide).as("docs/operations.md has a section for " + name).contains("\n### " + name + "\n");
        }
        String expressions = alerts.stream().map(a -> a.path("expr").asText()).reduce("", String::concat);
        assertThat(expressions).as("what the alerts must cover").contains("threadpool_activeThreads", "http_response_status_code=~\"5..\"",
                "ft_circuitbreaker", "order_compensations_total", "outbox_oldest_event_age_seconds", "reconciliation_breaches");
    }

    @Test
    void theDashboardIsProvisionedAndEveryPanelQueriesItsDataSource() throws IOException {
        JsonNode datasources = Yaml.read(Repository.read(MONITORING.resolve("grafana/provisioning/datasources/prometheus.yml")));
        String uid = datasources.at("/datasources/0/uid").asText();
        JsonNode provider = Yaml.read(Repository.read(MONITORING.resolve("grafana/provisioning/dashboards/microserves.yml")));
        assertThat(provider.at("/providers/0/type").asText()).isEqualTo("file");
        JsonNode dashboard = new ObjectMapper().readTree(MONITORING.resolve("grafana/dashboards/microserves.json").toFile());
        List<JsonNode> panels = Rendered.list(dashboard.path("panels")).stream().filter(p -> !p.path("type").asText().equals("row")).toList();
        assertThat(panels).hasSizeGreaterThan(10);
        for (JsonNode panel : panels) {
            assertThat(panel.at("/datasource/uid").asText()).as(panel.path("title").asText()).isEqualTo(uid);
            assertThat(Rendered.list(panel.path("targets"))).as(panel.path("title").asText()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.path("expr").asText()).isNotBlank());
        }
        String titles = panels.stream().map(p -> p.path("title").asText().toLowerCase(Locale.ROOT)).reduce("", (a, b) -> a + "|" + b);
        assertThat(titles).as("throughput, latency, errors, saga outcomes, circuit states, outbox lag")
                .contains("per second", "request time", "5xx", "compensations", "circuit open", "outbox lag");
    }

    private static void promtool(String... arguments) {
        Run run = run(arguments);
        assertThat(run.exitValue()).as("promtool " + String.join(" ", arguments) + ":\n" + run.output()).isZero();
    }

    private record Run(int exitValue, String output) {
    }

    private static Run run(String... arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of(PROMTOOL.orElseThrow().toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("promtool " + String.join(" ", arguments) + " did not finish within 60 s");
            }
            return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
