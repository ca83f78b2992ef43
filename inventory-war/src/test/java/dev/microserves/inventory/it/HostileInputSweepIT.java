package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.line;
import static dev.microserves.inventory.it.Inventory.money;
import static dev.microserves.inventory.it.Inventory.newSku;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.productBody;
import static dev.microserves.inventory.it.Inventory.reservationBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.HostileInput;
import dev.microserves.testing.HostileInput.RawResponse;
import dev.microserves.testing.HostileInput.Value;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TableRows;
import dev.microserves.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every string the inventory service reads (body fields, query and path parameters, the
 * {@code Idempotency-Key} and {@code If-Match} headers) sent the values the contract's text rules
 * must refuse: very long runs of one character, runs ending in a character the field refuses,
 * each class of control character, one past every bound. Each must be a 4xx problem+json, within
 * the client timeout, with no row written anywhere; a value at a bound is not what gets refused.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputSweepIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    /** A text field's rule: a character it accepts, its longest, a character it refuses, and a value at its longest. */
    record Rule(String accepted, int max, String refused, boolean multiline, String atMax) {
        List<Value> refusedValues(List<Integer> runs) {
            return HostileInput.refused(accepted, max, refused, multiline, runs);
        }
    }

    static final Rule SKU = new Rule("A", 40, "a", false, "A".repeat(40));
    static final Rule NAME = new Rule("n", 200, "\u0007", false, "n".repeat(200));
    static final Rule DESCRIPTION = new Rule("d", 2000, "\u0000", true, "d\t\r\n".repeat(500));
    static final Rule CATEGORY = new Rule("c", 60, "C", false, "c".repeat(60));
    static final Rule AMOUNT = new Rule("1", 13, ",", false, "1234567890.00");
    static final Rule CURRENCY = new Rule("U", 3, "u", false, "USD");
    static final Rule REASON = new Rule("r", 200, "\u009B", false, "r".repeat(200));

    /**
     * One string field of one request body. {@code body} builds the request with the value in the
     * field; with {@code breakAnother} it also breaks another field, so that a value at the bound is
     * refused for that other field only and nothing is stored.
     */
    record BodyField(String method, String path, String token, Map<String, String> headers, String field, Rule rule,
                     BodyBuilder body) {
    }

    interface BodyBuilder {
        Map<String, Object> with(String value, boolean breakAnother);
    }

    @Test
    void everyStringFieldOfEveryBodyRefusesHostileValuesAndStoresNothing() {
        String sku = product("SWEEP", 5);
        String admin = TestTokens.admin();
        String service = TestTokens.service();
        List<BodyField> fields = new ArrayList<>();
        for (Map.Entry<String, Rule> text : Map.of("sku", SKU, "name", NAME, "description", DESCRIPTION,
                "category", CATEGORY).entrySet()) {
            fields.add(new BodyField("POST", "/api/products", admin, Map.of(), text.getKey(), text.getValue(),
                    (value, breakAnother) -> {
                        Map<String, Object> body = productBody(newSku("SWEEP"), 1);
                        body.put(text.getKey(), value);
                        return breakAnother ? broken(body, "weightGrams", 0) : body;
                    }));
        }
        for (Map.Entry<String, Rule> money : Map.of("amount", AMOUNT, "currency", CURRENCY).entrySet()) {
            fields.add(new BodyField("POST", "/api/products", admin, Map.of(), "price." + money.getKey(), money.getValue(),
                    (value, breakAnother) -> {
                        Map<String, Object> body = productBody(newSku("SWEEP"), 1);
                        Map<String, Object> price = money("1.00");
                        price.put(money.getKey(), value);
                        body.put("price", price);
                        return breakAnother ? broken(body, "weightGrams", 0) : body;
                    }));
            fields.add(new BodyField("PATCH", "/api/products/" + sku, admin, Map.of(), "price." + money.getKey(),
                    money.getValue(), (value, breakAnother) -> {
                        Map<String, Object> price = money("1.00");
                        price.put(money.getKey(), value);
                        Map<String, Object> body = new LinkedHashMap<>(Map.of("price", price));
                        return breakAnother ? broken(body, "weightGrams", 0) : body;
                    }));
        }
        for (Map.Entry<String, Rule> text : Map.of("name", NAME, "description", DESCRIPTION, "category", CATEGORY).entrySet()) {
            fields.add(new BodyField("PATCH", "/api/products/" + sku, admin, Map.of(), text.getKey(), text.getValue(),
                    (value, breakAnother) -> {
                        Map<String, Object> body = new LinkedHashMap<>(Map.of(text.getKey(), value));
                        return breakAnother ? broken(body, "weightGrams", 0) : body;
                    }));
        }
        fields.add(new BodyField("POST", "/api/products/" + sku + "/stock-adjustments", admin, Map.of(), "reason", REASON,
                (value, breakAnother) -> new LinkedHashMap<>(Map.of("delta", breakAnother ? 0 : 1, "reason", value))));
        fields.add(new BodyField("POST", "/api/reservations", service,
                Map.of("Idempotency-Key", "sweep:" + UUID.randomUUID()), "items[0].sku", SKU,
                (value, breakAnother) -> reservationBody(UUID.randomUUID(), List.of(line(value, breakAnother ? 0 : 1)))));

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        for (BodyField field : fields) {
            for (Value value : field.rule().refusedValues(HostileInput.BODY_RUNS)) {
                String label = field.method() + " " + field.path() + " " + field.field() + " = " + value;
                ApiResponse answer = HostileInput.send(field.method(), field.path(), field.token(), field.headers(),
                        field.body().with(value.text(), false));
                HostileInput.assertRefused(softly, label, answer.status(), answer.contentType(), answer.body());
                softly.assertThat(answer.text("type")).as(label).isEqualTo("https://microserves.dev/problems/validation");
                softly.assertThat(HostileInput.errorFields(answer)).as(label).contains(field.field());
                softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
            }
            String label = field.method() + " " + field.path() + " " + field.field() + " at its longest";
            ApiResponse atBound = HostileInput.send(field.method(), field.path(), field.token(), field.headers(),
                    field.body().with(field.rule().atMax(), true));
            softly.assertThat(atBound.status()).as(label).isEqualTo(400);
            softly.assertThat(HostileInput.errorFields(atBound)).as(label).isNotEmpty().doesNotContain(field.field());
            softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
        }
        softly.assertThat(Inventory.stock(sku).path("onHand").asInt()).isEqualTo(5);
        softly.assertAll();
    }

    /** One query parameter of one GET, with the values it accepts at its bounds. */
    record QueryParameter(String path, String token, String name, Rule rule, List<String> accepted, List<String> refused) {
    }

    @Test
    void everyQueryParameterRefusesHostileValues() {
        String sku = product("SWEEPQ", 1);
        String admin = TestTokens.admin();
        String service = TestTokens.service();
        Rule number = new Rule("1", 9, "x", false, "1");
        List<String> pageBounds = List.of("0", "21474836");
        List<String> pagePastBounds = List.of("-1", "21474837", "2147483648", "1.5", "0x10");
        List<String> sizeBounds = List.of("1", "100");
        List<String> sizePastBounds = List.of("0", "101", "-2147483649", "1e2");
        List<QueryParameter> parameters = new ArrayList<>();
        parameters.add(new QueryParameter("/api/products", null, "q", new Rule("q", 200, "\u0085", false, "q".repeat(200)),
                List.of("q".repeat(200), "tea & 100% _cotton_ \\ 'quoted'"), List.of()));
        parameters.add(new QueryParameter("/api/products", null, "category", CATEGORY, List.of(CATEGORY.atMax()),
                List.of("Tea", "-tea", "tea cups")));
        for (String path : List.of("/api/products", "/api/reservations", "/api/products/" + sku + "/stock-movements")) {
            String token = path.startsWith("/api/reservations") ? service : admin;
            parameters.add(new QueryParameter(path, token, "page", number, pageBounds, pagePastBounds));
            parameters.add(new QueryParameter(path, token, "size", number, sizeBounds, sizePastBounds));
        }
        parameters.add(new QueryParameter("/api/reservations", service, "orderId", new Rule("f", 36, "g", false, null),
                List.of(UUID.randomUUID().toString()), List.of("f".repeat(36), UUID.randomUUID() + "0", "{" + UUID.randomUUID() + "}")));

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        for (QueryParameter parameter : parameters) {
            List<Value> values = new ArrayList<>(parameter.rule().refusedValues(HostileInput.URL_RUNS));
            parameter.refused().forEach(v -> values.add(new Value(v, v)));
            for (Value value : values) {
                String url = parameter.path() + "?" + parameter.name() + "=" + HostileInput.encode(value.text());
                String label = "GET " + parameter.path() + " " + parameter.name() + " = " + value;
                ApiResponse answer = HostileInput.send("GET", url, parameter.token(), Map.of(), null);
                HostileInput.assertRefused(softly, label, answer.status(), url.length() > HostileInput.CHANNEL_LIMIT ? null : answer.contentType(),
                        answer.body());
            }
            for (String value : parameter.accepted()) {
                String url = parameter.path() + "?" + parameter.name() + "=" + HostileInput.encode(value);
                ApiResponse answer = HostileInput.send("GET", url, parameter.token(), Map.of(), null);
                softly.assertThat(answer.status()).as("GET %s %s = %s", parameter.path(), parameter.name(),
                        value.length() > 40 ? value.substring(0, 40) + "..." : value).isEqualTo(200);
            }
        }
        softly.assertThat(TableRows.count()).as("rows after the query sweep").isEqualTo(rows);
        softly.assertAll();
    }

    /** One path parameter: the request with the hostile value in its place. */
    record PathParameter(String method, String token, Function<String, String> path, Map<String, Object> body) {
    }

    @Test
    void everyPathParameterRefusesHostileValuesAndStoresNothing() {
        String sku = product("SWEEPP", 3);
        String admin = TestTokens.admin();
        String service = TestTokens.service();
        List<PathParameter> parameters = List.of(
                new PathParameter("GET", null, s -> "/api/products/" + s, null),
                new PathParameter("PATCH", admin, s -> "/api/products/" + s, Map.of("name", "Renamed")),
                new PathParameter("POST", admin, s -> "/api/products/" + s + "/stock-adjustments",
                        Map.of("delta", 1, "reason", "sweep")),
                new PathParameter("GET", admin, s -> "/api/products/" + s + "/stock-movements", null),
                new PathParameter("GET", service, s -> "/api/reservations/" + s, null),
                new PathParameter("POST", service, s -> "/api/reservations/" + s + "/commit", null),
                new PathParameter("POST", service, s -> "/api/reservations/" + s + "/release", null),
                new PathParameter("POST", service, s -> "/api/reservations/" + s + "/return", null));
        List<Value> values = new ArrayList<>(SKU.refusedValues(HostileInput.URL_RUNS));
        values.add(new Value("a sku at its longest that does not exist", SKU.atMax()));
        values.add(new Value("a UUID with a tail", UUID.randomUUID() + "0"));

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        for (PathParameter parameter : parameters) {
            for (Value value : values) {
                String path = parameter.path().apply(HostileInput.encode(value.text()));
                String label = parameter.method() + " " + parameter.path().apply("{}") + " with " + value;
                ApiResponse answer = HostileInput.send(parameter.method(), path, parameter.token(), Map.of(), parameter.body());
                boolean beforeTheApplication = path.length() > HostileInput.CHANNEL_LIMIT || HostileInput.webContainerRefusesInPath(value.text());
                HostileInput.assertRefused(softly, label, answer.status(), beforeTheApplication ? null : answer.contentType(),
                        answer.body());
                softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
            }
        }
        softly.assertThat(Inventory.stock(sku).path("onHand").asInt()).isEqualTo(3);
        softly.assertAll();
    }

    @Test
    void idempotencyKeysAndIfMatchHeadersRefuseHostileValuesAndStoreNothing() {
        String sku = product("SWEEPH", 3);
        String admin = TestTokens.admin();
        String service = TestTokens.service();
        String reservation = HostileInput.send("POST", "/api/reservations", service,
                Map.of("Idempotency-Key", "sweep:" + UUID.randomUUID()),
                reservationBody(UUID.randomUUID(), List.of(line(sku, 1)))).text("id");
        List<Value> values = HostileInput.refusedKeys();

        Map<String, Long> rows = TableRows.count();
        SoftAssertions softly = new SoftAssertions();
        record Target(String method, String path, String token, String body) {
        }
        List<Target> targets = List.of(
                new Target("POST", "/api/reservations", service,
                        "{\"orderId\": \"" + UUID.randomUUID() + "\", \"items\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}"),
                new Target("POST", "/api/products/" + sku + "/stock-adjustments", admin, "{\"delta\": 1, \"reason\": \"sweep\"}"),
                new Target("POST", "/api/reservations/" + reservation + "/release", service, null));
        for (Target target : targets) {
            for (Value value : values) {
                String label = target.method() + " " + target.path() + " Idempotency-Key " + value;
                RawResponse answer = HostileInput.sendRaw(target.method(), target.path(), target.token(), "Idempotency-Key",
                        value.text().getBytes(StandardCharsets.UTF_8), target.body());
                HostileInput.assertRefused(softly, label, answer.status(), value.text().length() > HostileInput.CHANNEL_LIMIT ? null : answer.contentType(),
                        answer.text());
                softly.assertThat(TableRows.count()).as("rows after " + label).isEqualTo(rows);
            }
        }
        for (Value value : values) {
            String label = "PATCH If-Match " + value;
            RawResponse answer = HostileInput.sendRaw("PATCH", "/api/products/" + sku, admin, "If-Match",
                    value.text().getBytes(StandardCharsets.UTF_8), "{\"name\": \"Renamed\"}");
            HostileInput.assertRefused(softly, label, answer.status(), answer.contentType(), answer.text());
        }
        softly.assertThat(TableRows.count()).as("rows after the header sweep").isEqualTo(rows);
        softly.assertThat(Inventory.stock(sku).path("reserved").asInt()).isEqualTo(1);
        softly.assertThat(Inventory.admin().get("/api/products/" + sku).json().path("version").asLong()).isZero();
        softly.assertAll();

        // At its longest the key is taken.
        ApiResponse atBound = HostileInput.send("POST", "/api/products/" + sku + "/stock-adjustments", admin,
                Map.of("Idempotency-Key", "k".repeat(255)), Map.of("delta", 1, "reason", "sweep"));
        assertThat(atBound.status()).as(atBound.toString()).isEqualTo(200);
        assertThat(atBound.json().path("onHand").asInt()).isEqualTo(4);
    }

    private static Map<String, Object> broken(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
