package dev.microserves.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.it.Peers.Shopper;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.HostileInput;
import dev.microserves.testing.HostileInput.RawResponse;
import dev.microserves.testing.HostileInput.Value;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TableRows;
import dev.microserves.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every string the order service reads (the fields of a new order, the query and path parameters,
 * the {@code Idempotency-Key} header) sent the values the contract's text rules must refuse: very
 * long runs of one character, runs ending in a character the field refuses, each class of control
 * character, one past every bound. Each must be a 4xx problem+json within the client timeout,
 * with no order row written and no peer called; a value at a bound is not what gets refused.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputSweepIT {

    private static Peers peers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void startPeers() {
        peers = new Peers().start();
        // The first request to a fresh server pays for class loading; that is not what is measured here.
        assertThat(Api.service().as(TestTokens.admin()).get("/api/orders?size=1").status()).isEqualTo(200);
    }

    @AfterAll
    static void stopPeers() {
        peers.stop();
    }

    @BeforeEach
    void resetPeers() {
        peers.reset();
    }

    /** A text field's rule: a character it accepts, its longest, a character it refuses, and a value at its longest. */
    record Rule(String accepted, int max, String refused, String atMax) {
        List<Value> refusedValues(List<Integer> runs) {
            return HostileInput.refused(accepted, max, refused, false, runs);
        }
    }

    /** One string field of a new order: its name in the errors, its rule, and where it goes in the body. */
    record Field(String name, Rule rule, Function<String, Map<String, Object>> placing) {
    }

    @Test
    void everyFieldOfANewOrderRefusesHostileValuesAndNothingIsWrittenOrCalled() {
        Shopper shopper = peers.shopper();
        String uuid = shopper.id().toString();
        List<Field> fields = List.of(
                new Field("items[0].sku", new Rule("S", 64, "!", "S".repeat(64)),
                        value -> order(shopper, value, null)),
                new Field("promoCode", new Rule("P", 32, "_", "P".repeat(32)),
                        value -> order(shopper, "SKU-1", value)),
                new Field("customerId", new Rule("f", 36, "g", uuid), value -> replaced(order(shopper, "SKU-1", null), "customerId", value)),
                new Field("shippingAddressId", new Rule("f", 36, "g", uuid),
                        value -> replaced(order(shopper, "SKU-1", null), "shippingAddressId", value)),
                new Field("paymentMethodId", new Rule("f", 36, "g", uuid),
                        value -> replaced(order(shopper, "SKU-1", null), "paymentMethodId", value)));

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        for (Field field : fields) {
            List<Value> values = new ArrayList<>(field.rule().refusedValues(HostileInput.BODY_RUNS));
            values.add(new Value("empty", ""));
            for (Value value : values) {
                String label = "POST /api/orders " + field.name() + " = " + value;
                ApiResponse answer = place(shopper, field.placing().apply(value.text()));
                HostileInput.assertRefused(softly, label, answer.status(), answer.contentType(), answer.body());
                softly.assertThat(answer.status()).as(label).isEqualTo(400);
                softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
            }
            // At its longest the field is fine: only the quantity broken on purpose is refused.
            Map<String, Object> atBound = field.placing().apply(field.rule().atMax());
            quantity(atBound, 0);
            String label = "POST /api/orders " + field.name() + " at its longest";
            ApiResponse answer = place(shopper, atBound);
            softly.assertThat(answer.status()).as(label).isEqualTo(400);
            softly.assertThat(HostileInput.errorFields(answer)).as(label).containsExactly("items[0].quantity");
        }
        softly.assertThat(TableRows.count()).as("rows after the body sweep").isEqualTo(rows);
        softly.assertThat(Orders.countFor(shopper.id())).isZero();
        softly.assertThat(peers.count(peers.inventory, anyRequestedFor(anyUrl()))).as("inventory calls").isZero();
        softly.assertThat(peers.count(peers.payment, anyRequestedFor(anyUrl()))).as("payment calls").isZero();
        softly.assertAll();
    }

    @Test
    void theIdempotencyKeyRefusesHostileValuesBeforeAnOrderIsWritten() {
        Shopper shopper = peers.shopper();
        List<Value> values = HostileInput.refusedKeys();
        String body = Api.JSON.valueToTree(order(shopper, "SKU-1", null)).toString();

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        for (Value value : values) {
            String label = "POST /api/orders Idempotency-Key " + value;
            RawResponse answer = HostileInput.sendRaw("POST", "/api/orders", shopper.token(), "Idempotency-Key",
                    value.text().getBytes(StandardCharsets.UTF_8), body);
            HostileInput.assertRefused(softly, label, answer.status(), answer.contentType(), answer.text());
            softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
        }
        softly.assertThat(Orders.countFor(shopper.id())).isZero();
        softly.assertThat(peers.count(peers.customer, anyRequestedFor(anyUrl()))).as("customer calls").isZero();
        softly.assertThat(peers.count(peers.inventory, anyRequestedFor(anyUrl()))).as("inventory calls").isZero();
        softly.assertAll();
    }

    @Test
    void everyQueryAndPathParameterRefusesHostileValues() {
        Shopper shopper = peers.shopper();
        String admin = TestTokens.admin();
        Rule uuid = new Rule("f", 36, "g", UUID.randomUUID().toString());
        Rule number = new Rule("1", 9, "x", "1");
        Map<String, List<Value>> parameters = Map.of(
                "customerId", with(uuid.refusedValues(HostileInput.URL_RUNS), "f".repeat(36), UUID.randomUUID() + "0"),
                "status", with(new Rule("s", 16, "!", "CONFIRMED").refusedValues(HostileInput.URL_RUNS),
                        "LOST", "CONFIRMED!", "PENDING".repeat(3)),
                "page", with(number.refusedValues(HostileInput.URL_RUNS), "-1", "21474837", "2147483648", "1.5"),
                "size", with(number.refusedValues(HostileInput.URL_RUNS), "0", "101", "1e2"));
        Map<String, List<String>> accepted = Map.of(
                "customerId", List.of(shopper.id().toString()),
                "status", List.of("CONFIRMED", "rejected"),
                "page", List.of("0", "21474836"),
                "size", List.of("1", "100"));
        List<Function<String, String[]>> paths = List.of(
                id -> new String[] {"GET", "/api/orders/" + id},
                id -> new String[] {"POST", "/api/orders/" + id + "/cancel"},
                id -> new String[] {"POST", "/api/orders/" + id + "/ship"});
        List<Value> ids = with(uuid.refusedValues(HostileInput.URL_RUNS), "f".repeat(36), UUID.randomUUID() + "0");

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        parameters.forEach((name, values) -> {
            for (Value value : values) {
                String url = "/api/orders?" + name + "=" + HostileInput.encode(value.text());
                String label = "GET /api/orders " + name + " = " + value;
                ApiResponse answer = HostileInput.send("GET", url, admin, Map.of(), null);
                HostileInput.assertRefused(softly, label, answer.status(), url.length() > HostileInput.CHANNEL_LIMIT ? null : answer.contentType(),
                        answer.body());
            }
            for (String value : accepted.get(name)) {
                ApiResponse answer = HostileInput.send("GET", "/api/orders?" + name + "=" + value, admin, Map.of(), null);
                softly.assertThat(answer.status()).as("GET /api/orders %s = %s", name, value).isEqualTo(200);
            }
        });
        for (Function<String, String[]> path : paths) {
            for (Value value : ids) {
                String[] request = path.apply(HostileInput.encode(value.text()));
                String label = String.join(" ", path.apply("{id}")) + " with " + value;
                ApiResponse answer = HostileInput.send(request[0], request[1], admin, Map.of(), null);
                boolean beforeTheApplication = request[1].length() > HostileInput.CHANNEL_LIMIT
                        || HostileInput.webContainerRefusesInPath(value.text());
                HostileInput.assertRefused(softly, label, answer.status(), beforeTheApplication ? null : answer.contentType(),
                        answer.body());
                softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
            }
        }
        softly.assertThat(TableRows.count()).as("rows after the parameter sweep").isEqualTo(rows);
        softly.assertAll();
    }

    private static ApiResponse place(Shopper shopper, Map<String, Object> body) {
        return HostileInput.send("POST", "/api/orders", shopper.token(),
                Map.of("Idempotency-Key", "sweep-" + UUID.randomUUID()), body);
    }

    private static Map<String, Object> order(Shopper shopper, String sku, String promoCode) {
        Map<String, Object> body = Orders.body(shopper, sku, 1);
        if (promoCode != null) {
            body.put("promoCode", promoCode);
        }
        return body;
    }

    private static Map<String, Object> replaced(Map<String, Object> body, String field, String value) {
        body.put(field, value);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void quantity(Map<String, Object> body, int quantity) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        Map<String, Object> line = new java.util.LinkedHashMap<>(items.get(0));
        line.put("quantity", quantity);
        body.put("items", List.of(line));
    }

    private static List<Value> with(List<Value> values, String... more) {
        List<Value> all = new ArrayList<>(values);
        for (String value : more) {
            all.add(new Value(value, value));
        }
        return all;
    }
}
