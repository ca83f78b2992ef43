package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.FaultProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every metric an alert rule (deploy/monitoring/alerts.yml) or a dashboard panel
 * (deploy/monitoring/grafana/dashboards) names exists on a running server's /metrics, under the
 * name Prometheus stores (with its _total, _seconds, _count suffixes), and is in the metrics
 * table of docs/operations.md. Metrics that appear only once something happened (a counter's
 * first increment, a fault-tolerance policy's first call) are made to appear first, through the
 * public APIs: an order confirmed, one declined, one cancelled, one whose charge answer is lost (the
 * fault proxy, as LostAnswerSystemIT) until the recovery job settles it, storefront pages, a reconciliation.
 */
class MonitoringSystemIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("microserves.repository")).toAbsolutePath().normalize();
    private static final Path MONITORING = REPOSITORY.resolve("deploy/monitoring");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** PromQL words that are not metric names: keywords, aggregation modifiers, functions are recognised by their "(". */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");
    /** Series Prometheus makes itself for every target: on no server's /metrics. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

    @Test
    void everyMetricTheAlertsAndTheDashboardNameExistsOnARunningServerAndIsDocumented() {
        makeTheLazyMetricsAppear();
        Map<String, String> named = new TreeMap<>();
        expressions().forEach((where, expr) -> metricNames(expr).forEach(name -> named.putIfAbsent(name, where)));
        assertThat(named).as("metric names found in the rules and panels").hasSizeGreaterThan(10);

        Set<String> exposed = exposedMetricNames();
        String guide = read(REPOSITORY.resolve("docs/operations.md"));
        List<String> missing = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        named.forEach((name, where) -> {
            if (!exposed.contains(name) && !MADE_BY_PROMETHEUS.contains(name)) {
                missing.add(name + " (" + where + ")");
            }
            if (!guide.contains("`" + name + "`") && !guide.contains("`" + baseName(name) + "`")) {
                undocumented.add(name + " (" + where + ")");
            }
        });
        assertThat(missing).as("named by a rule or panel but on no server's /metrics").isEmpty();
        assertThat(undocumented).as("named by a rule or panel but not in docs/operations.md's metrics table").isEmpty();
    }

    @Test
    void theMetricNameExtractionSeesThroughPromQl() {
        assertThat(metricNames("sum by (service, outcome) (rate(orders_placed_total{outcome=~\"rejected|pending\",job=\"x\"}[5m]))"
                + " / ignoring(outcome) group_left sum(rate(orders_placed_total[$__rate_interval])) > 0.05"))
                .containsExactly("orders_placed_total");
        assertThat(metricNames("histogram_quantile(0.95, sum by (le) (rate(a_seconds_bucket[5m]))) and on(instance) b_total offset 5m"))
                .containsExactlyInAnyOrder("a_seconds_bucket", "b_total");
    }

    /** Each alert's and each panel target's expression, keyed by where it is. */
    private static Map<String, String> expressions() {
        Map<String, String> expressions = new TreeMap<>();
        try {
            for (JsonNode group : YAML.readTree(MONITORING.resolve("alerts.yml").toFile()).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    expressions.put("alert " + rule.path("alert").asText(rule.path("record").asText()), rule.path("expr").asText());
                }
            }
            try (var dashboards = Files.list(MONITORING.resolve("grafana/dashboards"))) {
                for (Path dashboard : dashboards.filter(p -> p.toString().endsWith(".json")).toList()) {
                    for (JsonNode panel : JSON.readTree(dashboard.toFile()).path("panels")) {
                        int i = 0;
                        for (JsonNode target : panel.path("targets")) {
                            expressions.put("panel " + panel.path("title").asText() + " #" + i++, target.path("expr").asText());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(expressions.keySet()).anyMatch(k -> k.startsWith("alert ")).anyMatch(k -> k.startsWith("panel "));
        return expressions;
    }

    /** The metric names of a PromQL expression: identifiers that are neither keywords, functions, label names nor values. */
    static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ");
        stripped = GROUPING.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(stripped);
        while (identifier.find()) {
            String word = identifier.group();
            boolean function = stripped.substring(identifier.end()).stripLeading().startsWith("(");
            boolean variable = identifier.start() > 0 && stripped.charAt(identifier.start() - 1) == '$';
            boolean number = identifier.start() > 0 && Character.isDigit(stripped.charAt(identifier.start() - 1));
            if (!function && !variable && !number && !KEYWORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    /** A summary's or histogram's series named by their family (x_seconds_count is documented as x_seconds). */
    private static String baseName(String name) {
        return name.replaceAll("_(count|sum|bucket|max)$", "");
    }

    private static Set<String> exposedMetricNames() {
        Set<String> names = new TreeSet<>();
        StringBuilder exposition = new StringBuilder();
        for (Api server : List.of(RunningSystem.order(), RunningSystem.customer(), RunningSystem.inventory(),
                RunningSystem.payment(), RunningSystem.recommendation(), RunningSystem.edge())) {
            ApiResponse metrics = server.header("Accept", "text/plain").get("/metrics");
            assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
            exposition.append(metrics.body());
            Matcher sample = SAMPLE.matcher(metrics.body());
            while (sample.find()) {
                names.add(sample.group(1));
            }
        }
        // Kept for whoever reads a failure: what the servers actually exposed.
        try {
            Files.writeString(Path.of("target", "monitoring-exposed-metrics.txt"), exposition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Through the public APIs only: what makes the counters and the fault-tolerance metrics appear. */
    private static void makeTheLazyMetricsAppear() {
        Instant since = Instant.now();
        String sku = Shop.product("12.00", 10);
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        ApiResponse placed = placeOrder(buyer, sku, 1, UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        ApiResponse cancelled = buyer.orders().post("/api/orders/" + placed.text("id") + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Buyer declined = Shop.buyerPayingWith(Shop.CARD_DECLINED);
        assertThat(placeOrder(declined, sku, 1, UUID.randomUUID().toString()).status()).isEqualTo(402);
        ApiResponse page = RunningSystem.edge().get("/api/storefront/products/" + sku);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        ApiResponse me = RunningSystem.edge().as(buyer.token()).get("/api/storefront/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        recoverAnOrderWhoseChargeAnswerIsLost(sku);
        Shop.assertBooksAgreeSince(since);
    }

    /** The recovery job's counter appears only once it settled an order: one left in doubt by a lost answer. */
    private static void recoverAnOrderWhoseChargeAnswerIsLost(String sku) {
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        FaultProxy payment = RunningSystem.paymentProxy();
        ApiResponse inDoubt;
        payment.dropAnswers();
        try {
            inDoubt = placeOrder(buyer, sku, 1, UUID.randomUUID().toString());
        } finally {
            payment.pass();
        }
        assertThat(inDoubt.status()).as(inDoubt.toString()).isEqualTo(503);
        String orderId = inDoubt.text("orderId");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(buyer.orders().get("/api/orders/" + orderId).text("status")).isIn("CONFIRMED", "REJECTED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(RunningSystem.order().header("Accept", "text/plain").get("/metrics").body()).contains("order_recoveries_total"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
