package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.APPROVED;
import static dev.microserves.payment.it.Fixtures.capturedPayment;
import static dev.microserves.payment.it.Fixtures.linkPayPal;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static dev.microserves.payment.it.Hostile.assertRefused;
import static dev.microserves.payment.it.Hostile.encode;
import static dev.microserves.payment.it.Hostile.rowCounts;
import static dev.microserves.payment.it.HostileTextIT.customerHeaders;
import static dev.microserves.payment.it.HostileTextIT.json;
import static dev.microserves.payment.it.HostileTextIT.serviceHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microserves.payment.domain.Card;
import dev.microserves.testing.Api;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every string the payment service reads from a request (body fields, query and path parameters,
 * the Idempotency-Key header), each sent a table of hostile values: very long runs of one character,
 * runs that end in a character the field refuses, each class of control character, and a value just
 * past the field's bound. Each must be a 4xx problem+json within the deadline, never a 5xx, and
 * leave every table's row count as it was. The values at each bound are accepted (the last test).
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputSweepIT {

    /** Within the 1 MiB body limit, with the rest of the body. */
    private static final int[] BODY_RUNS = {100_000, 1_000_000};
    /**
     * In the request line or a header: the first within the HTTP channel's limit (Liberty's
     * {@code limitFieldSize}, 32 KiB at most), so the application answers; the second past it.
     */
    private static final int[] LINE_RUNS = {8_000, 100_000};
    /**
     * Past this many bytes in a header or the request line, Liberty's HTTP channel itself answers
     * 400 (with no body) before any application code runs: that answer can be no problem+json.
     */
    private static final int CHANNEL_LIMIT = 32_768;

    /**
     * A string the service reads: where it goes (a function from the value to the request's answer),
     * a character it accepts and one it refuses, and its bound ({@code ofLength(max)} is acceptable,
     * {@code ofLength(max + 1)} is not).
     */
    record Field(String name, Place place, char filler, char refused, int max, IntFunction<String> ofLength,
                 Function<String, RawHttp.Reply> send) {

        boolean inBody() {
            return place == Place.BODY;
        }

        /**
         * Whether Liberty refuses the value before the application sees it, with its own 400 (no
         * problem+json possible): a request line or header past the channel's limit, or a path
         * whose decoded form holds a C0 control or DEL (the web container's URI check, CWWWC0005I).
         */
        boolean refusedByTheContainer(String value) {
            return !inBody() && value.length() > CHANNEL_LIMIT
                    || place == Place.PATH && value.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
        }
    }

    /** Where a field travels. */
    enum Place { BODY, HEADER, QUERY, PATH }

    private UUID customer;
    private String cardToken;
    private String payPalToken;
    private Fixtures.Paid paid;
    private String refundId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeEach
    void someOfEverything() {
        paid = capturedPayment("50.00");
        customer = paid.customerId();
        cardToken = tokenize(customer, APPROVED);
        payPalToken = linkPayPal(customer, "payer@example.com");
        refundId = Fixtures.refund(paid.id(), Fixtures.refundBody(Fixtures.money("1.00"), "goodwill")).text("id");
        assertThat(refundId).isNotNull();
    }

    @Test
    void everyStringFieldRefusesEveryHostileValueWithA4xxProblemAndChangesNothing() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Field field : fields()) {
            for (Map.Entry<String, String> value : hostileValues(field).entrySet()) {
                String what = field.name() + " = " + value.getKey();
                try {
                    Map<String, Long> before = rowCounts();

                    RawHttp.Reply reply = field.send().apply(value.getValue());

                    if (field.refusedByTheContainer(value.getValue())) {
                        assertThat(reply.status()).as("status of %s: %s", what, reply).isBetween(400, 499);
                        assertThat(reply.body()).as(what).doesNotContain("Exception", "\tat ");
                    } else {
                        assertRefused(what, reply);
                    }
                    assertThat(rowCounts()).as("row counts after %s", what).isEqualTo(before);
                } catch (AssertionError failure) {
                    failures.add(failure.getMessage()); // every failure at once, not only the first
                }
                checked.add(what);
            }
        }
        assertThat(failures).as("%d of %d hostile values", failures.size(), checked.size()).isEmpty();
        assertThat(checked).hasSizeGreaterThan(1000);
    }

    @Test
    void theValuesAtEachBoundAreAccepted() {
        String reason = "r".repeat(500);
        assertThat(refund(reason, "1.00", serviceKey("k".repeat(255))).status()).isEqualTo(201);
        assertThat(link("a".repeat(254 - "@example.com".length()) + "@example.com").status()).isEqualTo(201);
        RawHttp.Reply largest = charge(body -> ((ObjectNode) body.get("amount")).put("amount", "9999999999.99"));
        assertThat(largest.status()).as(largest.toString()).isEqualTo(201);
        RawHttp.Reply longest = tokenizeCard(nineteenDigitCard(), "1234");
        assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
        assertThat(get("/api/payments?page=21474836&size=100").status()).isEqualTo(200);
        assertThat(get("/api/payments/" + paid.id() + "/refunds?page=21474836&size=100").status()).isEqualTo(200);
    }

    private List<Field> fields() {
        IntFunction<String> uuidOfLength = n -> n <= 36 ? UUID.randomUUID().toString().substring(0, n)
                : UUID.randomUUID() + "0".repeat(n - 36);
        IntFunction<String> digits = n -> "9".repeat(n);
        IntFunction<String> amount = n -> "9".repeat(Math.max(1, n - 3)) + ".99";
        IntFunction<String> email = n -> "a".repeat(n - "@example.com".length()) + "@example.com";
        IntFunction<String> token = n -> cardToken + "a".repeat(Math.max(0, n - cardToken.length()));
        IntFunction<String> run = n -> "a".repeat(n);
        IntFunction<String> payPal = n -> payPalToken + "a".repeat(Math.max(0, n - payPalToken.length()));
        String payments = "/api/payments";
        String refunds = payments + "/" + paid.id() + "/refunds";
        String tokens = "/api/payment-methods/tokens/";
        String payPals = "/api/payment-methods/paypal";
        Place body = Place.BODY;
        Place header = Place.HEADER;
        Place query = Place.QUERY;
        Place path = Place.PATH;
        List<Field> fields = new ArrayList<>(List.of(
                // POST /api/payment-methods/tokens
                new Field("card number", body, '9', 'x', 37, digits, v -> tokenizeCard(v, "123")),
                new Field("card cvc", body, '9', 'x', 4, digits, v -> tokenizeCard("4242424242424242", v)),
                // POST /api/payment-methods/paypal
                new Field("payerEmail (link)", body, '.', '@', 254, email, this::link),
                new Field("customerId (link)", body, 'a', 'g', 36, uuidOfLength, v -> send("POST", payPals,
                        adminHeaders(), json(Map.of("payerEmail", "payer@example.com", "customerId", v)))),
                // POST /api/payments
                new Field("orderId", body, 'a', 'g', 36, uuidOfLength, v -> charge(b -> b.put("orderId", v))),
                new Field("customerId (charge)", body, 'a', 'g', 36, uuidOfLength,
                        v -> charge(b -> b.put("customerId", v))),
                new Field("amount.amount (charge)", body, '9', 'x', 13, amount,
                        v -> charge(b -> ((ObjectNode) b.get("amount")).put("amount", v))),
                new Field("amount.currency (charge)", body, 'U', 'u', 3, run,
                        v -> charge(b -> ((ObjectNode) b.get("amount")).put("currency", v))),
                new Field("method.type", body, 'C', 'c', 16, n -> "C".repeat(n),
                        v -> charge(b -> ((ObjectNode) b.get("method")).put("type", v))),
                new Field("method.token", body, 'a', '!', 36, token,
                        v -> charge(b -> ((ObjectNode) b.get("method")).put("token", v))),
                new Field("method.payerEmail", body, '.', '@', 254, email,
                        v -> charge(b -> ((ObjectNode) b.get("method")).put("payerEmail", v))),
                new Field("Idempotency-Key (charge)", header, 'k', ' ', 255, run, v -> charge(b -> { }, serviceKey(v))),
                // POST /api/payments/{id}/refunds
                new Field("reason", body, ' ', '\u0000', 500, run, v -> refund(v, "1.00", serviceKey(newKey()))),
                new Field("amount.amount (refund)", body, '9', 'x', 13, amount,
                        v -> refund("goodwill", v, serviceKey(newKey()))),
                new Field("Idempotency-Key (refund)", header, 'k', ' ', 255, run,
                        v -> refund("goodwill", "1.00", serviceKey(v))),
                new Field("paymentId (refund)", path, 'a', 'g', 36, uuidOfLength,
                        v -> send("POST", payments + "/" + encode(v) + "/refunds", serviceKey(newKey()),
                                json(Map.of("reason", "goodwill")))),
                // GET /api/payments?orderId=&customerId=&page=&size= and GET /api/payments/{id}/refunds?page=&size=
                new Field("orderId (query)", query, 'a', 'g', 36, uuidOfLength,
                        v -> get(payments + "?orderId=" + encode(v))),
                new Field("customerId (query)", query, 'a', 'g', 36, uuidOfLength,
                        v -> get(payments + "?customerId=" + encode(v))),
                new Field("page (payments)", query, '9', 'x', 8, digits, v -> get(payments + "?page=" + encode(v))),
                new Field("size (payments)", query, '9', 'x', 3, digits, v -> get(payments + "?size=" + encode(v))),
                new Field("page (refunds)", query, '9', 'x', 8, digits, v -> get(refunds + "?page=" + encode(v))),
                new Field("size (refunds)", query, '9', 'x', 3, digits, v -> get(refunds + "?size=" + encode(v))),
                // the path parameters of every GET
                new Field("payment id", path, 'a', 'g', 36, uuidOfLength, v -> get(payments + "/" + encode(v))),
                new Field("payment id (refunds)", path, 'a', 'g', 36, uuidOfLength,
                        v -> get(payments + "/" + encode(v) + "/refunds")),
                new Field("refund id", path, 'a', 'g', 36, uuidOfLength, v -> get(refunds + "/" + encode(v))),
                new Field("card token", path, 'a', '!', 36, token, v -> get(tokens + encode(v))),
                new Field("PayPal token", path, 'a', '!', 35, payPal, v -> get(payPals + "/" + encode(v)))));
        return fields;
    }

    /**
     * The hostile values for a field: long runs of an accepted character, such runs ending in a
     * refused one, a run of each forbidden character class inside and at the end of a value, and a
     * value just past the bound.
     */
    private static Map<String, String> hostileValues(Field field) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int length : field.inBody() ? BODY_RUNS : LINE_RUNS) {
            values.put(length + " × '" + printable(field.filler()) + "'", String.valueOf(field.filler()).repeat(length));
            values.put(length + " × '" + printable(field.filler()) + "' then '" + printable(field.refused()) + "'",
                    String.valueOf(field.filler()).repeat(length) + field.refused());
        }
        String valid = field.ofLength().apply(Math.min(field.max(), 36));
        Hostile.CONTROL_CHARACTERS.forEach((name, c) -> {
            if (!field.inBody() && (c.equals("\r") || c.equals("\n"))) {
                return; // a line break ends a header line: it is another request, not a value
            }
            values.put(name + " inside", valid.substring(0, valid.length() / 2) + c + valid.substring(valid.length() / 2 + 1));
            values.put(name + " at the end", valid.substring(0, valid.length() - 1) + c);
            values.put(name + " alone", c);
        });
        values.put("past the bound (" + (field.max() + 1) + ")", field.ofLength().apply(field.max() + 1));
        return values;
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private RawHttp.Reply tokenizeCard(String number, String cvc) {
        Map<String, Object> card = Fixtures.card(number, cvc);
        return send("POST", "/api/payment-methods/tokens", customerHeaders(customer), json(card));
    }

    private RawHttp.Reply link(String payerEmail) {
        return send("POST", "/api/payment-methods/paypal", customerHeaders(customer), json(Map.of("payerEmail", payerEmail)));
    }

    /** A valid card charge for a new order, changed by {@code hostile} before it is sent. */
    private RawHttp.Reply charge(java.util.function.Consumer<ObjectNode> hostile) {
        return charge(hostile, serviceHeaders());
    }

    private RawHttp.Reply charge(java.util.function.Consumer<ObjectNode> hostile, Map<String, String> headers) {
        ObjectNode body = Api.JSON.valueToTree(Fixtures.cardCharge(UUID.randomUUID(), customer, "2.00", cardToken));
        hostile.accept(body);
        return send("POST", "/api/payments", headers, body.toString());
    }

    private RawHttp.Reply refund(String reason, String amount, Map<String, String> headers) {
        return send("POST", "/api/payments/" + paid.id() + "/refunds", headers,
                json(Fixtures.refundBody(Fixtures.money(amount), reason)));
    }

    private static RawHttp.Reply get(String target) {
        return send("GET", target, serviceKey(null), null);
    }

    private static RawHttp.Reply send(String method, String target, Map<String, String> headers, String body) {
        return RawHttp.send(method, target, headers, body);
    }

    /** Service credentials and the given Idempotency-Key (none when null). */
    private static Map<String, String> serviceKey(String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + TestTokens.service());
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return headers;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, String> adminHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + TestTokens.admin());
        return headers;
    }

    /** A 19-digit Visa number that passes the Luhn check: the longest number a card may have. */
    private static String nineteenDigitCard() {
        String prefix = "4" + "0".repeat(17);
        for (int check = 0; check <= 9; check++) {
            if (Card.passesLuhn(prefix + check)) {
                return prefix + check;
            }
        }
        throw new IllegalStateException("no check digit");
    }
}
