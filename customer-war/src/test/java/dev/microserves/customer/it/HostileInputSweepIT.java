package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.databaseState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input sweep of issue 9: every string field of every customer-service endpoint
 * (bodies, the query parameter, the path parameters) gets very long runs of one character, runs
 * that end in a character the field refuses, each class of forbidden character, and values just
 * past its bounds. Every answer is a 4xx problem+json within the client timeout, never a 5xx, and
 * the database is exactly as it was. A value at a bound, sent beside a deliberately wrong sibling
 * (so that nothing is written), is never the field the service complains about.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputSweepIT {

    private static final String PAYPAL_TOKEN = "pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    /** Who the requests act as: one customer (registered once, lazily, after the server is up) and an admin. */
    record Actors(Registered ada, String admin) {
        private static Actors shared;

        static synchronized Actors get() {
            if (shared == null) {
                shared = new Actors(CustomerFixtures.register(), TestTokens.admin());
            }
            return shared;
        }
    }

    /**
     * A string field: where it goes, its limits, a character it accepts (for runs), one it refuses,
     * a value exactly at its upper bound, and how to send a value (poisoned: with a wrong sibling).
     */
    record Field(String name, int min, int max, char filler, String refused, String atBound, Sender sender) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Sender {
        ApiResponse send(Actors actors, String value, boolean poisoned);
    }

    static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        // POST /api/customers (public)
        BiFunction<String, String, Sender> registration = (field, poisonField) -> (actors, value, poisoned) -> {
            Map<String, Object> body = CustomerFixtures.registration(CustomerFixtures.uniqueEmail());
            body.put(field, value);
            if (poisoned) {
                body.put(poisonField, "short");
            }
            return Api.service().post("/api/customers", body);
        };
        fields.add(new Field("register name", 1, 200, 'a', "\u0000", "a".repeat(200), registration.apply("name", "password")));
        fields.add(new Field("register email", 1, 254, 'a', "\u0000", longEmail(254), registration.apply("email", "password")));
        fields.add(new Field("register password", 12, 128, 'a', "\u0007", "a".repeat(128), registration.apply("password", "email")));
        for (String part : List.of("label:60", "line1:200", "line2:200", "city:100", "postalCode:20", "country:2")) {
            String name = part.substring(0, part.indexOf(':'));
            int max = Integer.parseInt(part.substring(part.indexOf(':') + 1));
            boolean country = name.equals("country");
            char filler = country || name.equals("postalCode") ? 'A' : 'a';
            String refused = country || name.equals("postalCode") ? "!" : "\u001b";
            String atBound = country ? "GB" : String.valueOf(filler).repeat(max);
            String poisonField = country ? "label" : "country";
            String poison = country ? " " : "XX";
            fields.add(new Field("register shippingAddress." + name, 1, max, filler, refused, atBound, (actors, value, poisoned) -> {
                Map<String, Object> address = CustomerFixtures.address();
                address.put(name, value);
                if (poisoned) {
                    address.put(poisonField, poison);
                }
                Map<String, Object> body = CustomerFixtures.registration(CustomerFixtures.uniqueEmail());
                body.put("shippingAddress", address);
                return Api.service().post("/api/customers", body);
            }));
            fields.add(new Field("address " + name, 1, max, filler, refused, atBound, (actors, value, poisoned) -> {
                Map<String, Object> address = CustomerFixtures.address();
                address.put(name, value);
                if (poisoned) {
                    address.put(poisonField, poison);
                }
                return actors.ada().api().post("/api/customers/" + actors.ada().id() + "/addresses", address);
            }));
        }
        // PATCH /api/customers/{id}: poisoned with a stale If-Match (checked after validation, before any write)
        fields.add(new Field("patch name", 1, 200, 'a', "\u202e", "a".repeat(200), (actors, value, poisoned) ->
                (poisoned ? actors.ada().api().header("If-Match", "\"999\"") : actors.ada().api())
                        .patch("/api/customers/" + actors.ada().id(), Map.of("name", value))));
        // POST /api/customers/{id}/payment-methods: poisoned with an expiry month of 13
        for (String part : List.of("type:6", "token:100", "brand:20", "last4:4", "payerEmail:254")) {
            String name = part.substring(0, part.indexOf(':'));
            int max = Integer.parseInt(part.substring(part.indexOf(':') + 1));
            String atBound = switch (name) {
                case "type" -> "PAYPAL";
                case "last4" -> "4242";
                case "payerEmail" -> longEmail(254);
                default -> "a".repeat(max);
            };
            char filler = name.equals("last4") ? '4' : 'a';
            fields.add(new Field("payment method " + name, 1, max, filler, name.equals("brand") ? "1" : "\u0085", atBound,
                    (actors, value, poisoned) -> {
                        Map<String, Object> body = new LinkedHashMap<>(Map.of("type", "PAYPAL", "token", PAYPAL_TOKEN));
                        body.put(name, value);
                        if (poisoned) {
                            body.put("expMonth", 13);
                        }
                        return actors.ada().api().post("/api/customers/" + actors.ada().id() + "/payment-methods", body);
                    }));
        }
        // POST /api/auth/token: poisoned by giving both kinds of credentials (refused before any sign-in)
        for (String part : List.of("email:254", "password:128", "clientId:100", "clientSecret:200")) {
            String name = part.substring(0, part.indexOf(':'));
            int max = Integer.parseInt(part.substring(part.indexOf(':') + 1));
            boolean person = name.equals("email") || name.equals("password");
            fields.add(new Field("sign-in " + name, 0, max, 'a', "\u2066", name.equals("email") ? longEmail(254) : "a".repeat(max),
                    (actors, value, poisoned) -> {
                        Map<String, Object> body = new LinkedHashMap<>(person
                                ? Map.of("email", "nobody@example.test", "password", "not the password")
                                : Map.of("clientId", "nobody", "clientSecret", "not the secret"));
                        body.put(name, value);
                        if (poisoned) {
                            body.put(person ? "clientId" : "email", "x");
                        }
                        return Api.service().post("/api/auth/token", body);
                    }));
        }
        // GET /api/customers?email= (admin): read-only, so a value at its bound needs no poison
        fields.add(new Field("search email", 0, 254, 'a', "\u0000", "a".repeat(254), (actors, value, poisoned) ->
                Api.service().as(actors.admin()).get("/api/customers?email=" + encode(value))));
        return fields;
    }

    /** Path parameters: every one is a UUID, and anything else is a 4xx. */
    static List<Field> pathParameters() {
        List<Field> paths = new ArrayList<>();
        paths.add(new Field("GET customer {id}", 36, 36, 'a', "\u0000", null, (actors, value, poisoned) ->
                Api.service().as(actors.admin()).get("/api/customers/" + encode(value))));
        paths.add(new Field("PATCH customer {id}", 36, 36, 'a', "\u0000", null, (actors, value, poisoned) ->
                Api.service().as(actors.admin()).patch("/api/customers/" + encode(value), Map.of("name", "Ada"))));
        paths.add(new Field("POST addresses {id}", 36, 36, 'a', "\u0000", null, (actors, value, poisoned) ->
                Api.service().as(actors.admin()).post("/api/customers/" + encode(value) + "/addresses", CustomerFixtures.address())));
        paths.add(new Field("POST payment-methods {id}", 36, 36, 'a', "\u0000", null, (actors, value, poisoned) ->
                Api.service().as(actors.admin()).post("/api/customers/" + encode(value) + "/payment-methods",
                        Map.of("type", "PAYPAL", "token", PAYPAL_TOKEN))));
        paths.add(new Field("DELETE address {addressId}", 36, 36, 'a', "\u0000", null, (actors, value, poisoned) ->
                actors.ada().api().delete("/api/customers/" + actors.ada().id() + "/addresses/" + encode(value))));
        paths.add(new Field("DELETE payment method {paymentMethodId}", 36, 36, 'a', "\u0000", null, (actors, value, poisoned) ->
                actors.ada().api().delete("/api/customers/" + actors.ada().id() + "/payment-methods/" + encode(value))));
        return paths;
    }

    /** The forbidden classes: C0 (NUL, BEL, an ESC sequence), DEL, C1, bidi embeddings/overrides and isolates. */
    private static final List<String> FORBIDDEN = List.of("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b",
            "\u202a", "\u202e", "\u2066", "\u2069");

    /** Runs for bodies, up to the 1 MiB body limit; a URL carries far less (the HTTP layer's own 414 is not ours to shape). */
    private static final List<Integer> BODY_RUNS = List.of(100_000, 1_000_000);
    private static final List<Integer> URL_RUNS = List.of(1_000, 6_000);

    static Stream<Arguments> hostileBodyAndQueryValues() {
        return fields().stream().flatMap(field -> hostileValues(field,
                        field.name().startsWith("search") ? URL_RUNS : BODY_RUNS).stream()
                .map(v -> Arguments.of(field + ": " + v.label(), field, v.value())));
    }

    static Stream<Arguments> hostilePathValues() {
        return pathParameters().stream().flatMap(field -> {
            List<Labelled> values = hostileValues(field, URL_RUNS);
            values.add(new Labelled("a UUID with one character more", UUID.randomUUID() + "0"));
            values.add(new Labelled("SQL", "' or '1'='1"));
            values.add(new Labelled("traversal", "../../api/customers"));
            return values.stream().map(v -> Arguments.of(field + ": " + v.label(), field, v.value()));
        });
    }

    record Labelled(String label, String value) {
    }

    private static List<Labelled> hostileValues(Field field, List<Integer> runs) {
        List<Labelled> values = new ArrayList<>();
        String filler = String.valueOf(field.filler());
        for (int run : runs) {
            values.add(new Labelled(run + " x '" + filler + "'", filler.repeat(run)));
            values.add(new Labelled(run + " spaces", " ".repeat(run)));
            values.add(new Labelled(run + " x '" + filler + "' then a refused character", filler.repeat(run) + field.refused()));
        }
        int dots = runs.get(runs.size() - 1) / 5;
        values.add(new Labelled("an e-mail of " + dots + " dots", "a@" + ".".repeat(dots) + "@"));
        values.add(new Labelled("one past the bound", filler.repeat(field.max() + 1)));
        values.add(new Labelled("at the bound, ending in a refused character", filler.repeat(field.max() - 1) + field.refused()));
        if (field.min() > 1) {
            values.add(new Labelled("one below the lower bound", filler.repeat(field.min() - 1)));
        }
        for (String forbidden : FORBIDDEN) {
            values.add(new Labelled("contains U+" + String.format("%04X", (int) forbidden.charAt(0)),
                    filler.repeat(Math.max(1, Math.min(field.max(), 12) / 2)) + forbidden + filler));
        }
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodyAndQueryValues")
    void refusesHostileValuesInBodiesAndQueries(String label, Field field, String value) {
        assertRefusedWithoutChange(field, value, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePathValues")
    void refusesHostileValuesInPaths(String label, Field field, String value) {
        assertRefusedWithoutChange(field, value, refusedByTheWebContainer(value));
    }

    /**
     * Liberty's web container refuses a URI with an encoded C0 control, DEL or slash itself, with a
     * 400 before any application code runs (so nothing of ours can answer problem+json there; for
     * %2F its HTML page even names an internal class: a shared HTTP-layer matter, reported to the
     * lead). Those are still refused and change nothing, which is what this sweep holds them to.
     */
    private static boolean refusedByTheWebContainer(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/');
    }

    static Stream<Arguments> fieldsWithBounds() {
        return fields().stream().map(field -> Arguments.of(field.name(), field));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsWithBounds")
    void takesAValueAtItsBound(String label, Field field) {
        Actors actors = Actors.get();
        String before = databaseState();

        ApiResponse answer = Within.clientTimeout(() -> field.sender().send(actors, field.atBound(), true));

        assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        assertThat(answer.json().path("errors").findValuesAsText("field")).as(answer.toString())
                .doesNotContain(bodyField(field));
        assertThat(databaseState()).isEqualTo(before);
    }

    private static void assertRefusedWithoutChange(Field field, String value, boolean byTheWebContainer) {
        Actors actors = Actors.get();
        String before = databaseState();

        ApiResponse answer = Within.clientTimeout(() -> field.sender().send(actors, value, false));

        if (byTheWebContainer) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        } else {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception", "java.", "\tat ", "SQL");
        }
        assertThat(databaseState()).isEqualTo(before);
    }

    /** The JSON field name the service reports ({@code shippingAddress.city}, {@code name}, {@code email}). */
    private static String bodyField(Field field) {
        String name = field.name();
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** A valid address of exactly {@code length} characters. */
    private static String longEmail(int length) {
        String domain = "@example.test";
        return "a".repeat(length - domain.length()) + domain;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
