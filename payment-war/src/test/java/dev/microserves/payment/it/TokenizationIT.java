package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.APPROVED;
import static dev.microserves.payment.it.Fixtures.TEST_CARDS;
import static dev.microserves.payment.it.Fixtures.card;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class TokenizationIT {

    private static final String TOKENS = "/api/payment-methods/tokens";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void aCustomerTokenizesACardAndGetsOnlyWhatMayBeShown() {
        UUID customer = UUID.randomUUID();

        ApiResponse created = Api.service().as(TestTokens.customer(customer.toString())).post(TOKENS, card(APPROVED, "123"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.text("token");
        assertThat(token).matches("^tok_[A-Za-z0-9]{32}$");
        assertThat(created.text("brand")).isEqualTo("visa");
        assertThat(created.text("last4")).isEqualTo("4242");
        assertThat(created.json().path("expMonth").asInt()).isEqualTo(12);
        assertThat(created.json().path("expYear").asInt()).isEqualTo(Fixtures.nextYear(3));
        assertThat(fieldNames(created.json())).containsExactlyInAnyOrder("token", "brand", "last4", "expMonth", "expYear");
        assertThat(withoutTraceId(created.body())).doesNotContain(APPROVED, "123\"");
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(TOKENS + "/" + token));
        assertThat(Fixtures.count("select count(*) from card_tokens where token = ? and customer_id = ?", token, customer))
                .isEqualTo(1);
    }

    @Test
    void recognisesEachBrandAndAcceptsSpacesBetweenDigits() {
        UUID customer = UUID.randomUUID();
        Api api = Api.service().as(TestTokens.customer(customer.toString()));

        assertThat(api.post(TOKENS, card("5555 5555 5555 4444", "123")).text("brand")).isEqualTo("mastercard");
        ApiResponse amex = api.post(TOKENS, card("378282246310005", "1234"));
        assertThat(amex.text("brand")).isEqualTo("amex");
        assertThat(amex.text("last4")).isEqualTo("0005");
        assertThat(api.post(TOKENS, card("6011111111111117", "123")).text("brand")).isEqualTo("discover");
    }

    @Test
    void theOwnerAnAdminAndServicesReadATokenAndOtherCustomersDoNot() {
        UUID owner = UUID.randomUUID();
        String token = Fixtures.tokenize(owner, APPROVED);
        String path = TOKENS + "/" + token;

        ApiResponse own = Api.service().as(TestTokens.customer(owner.toString())).get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("last4")).isEqualTo("4242");
        assertThat(Api.service().as(TestTokens.admin()).get(path).status()).isEqualTo(200);
        assertThat(Api.service().as(TestTokens.service()).get(path).status()).isEqualTo(200);
        assertProblem(Api.service().as(TestTokens.customer(UUID.randomUUID().toString())).get(path), 404, "not-found");
        assertProblem(Api.service().as(TestTokens.admin()).get(TOKENS + "/tok_doesNotExistAtAllxxxxxxxxxxxxxxx"), 404, "not-found");
        assertProblem(Api.service().as(TestTokens.admin()).get(TOKENS + "/" + APPROVED), 404, "not-found");
    }

    @Test
    void anAdminsTokenBelongsToNoCustomer() {
        ApiResponse created = Api.service().as(TestTokens.admin()).post(TOKENS, card(APPROVED, "123"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Fixtures.count("select count(*) from card_tokens where token = ? and customer_id is null",
                created.text("token"))).isEqualTo(1);
    }

    @Test
    void onlyCustomersAndAdminsTokenizeAndOnlyWithAValidToken() {
        String customer = UUID.randomUUID().toString();
        long before = Fixtures.count("select count(*) from card_tokens");

        assertProblem(Api.service().as(TestTokens.service()).post(TOKENS, card(APPROVED, "123")), 403, "forbidden");
        assertThat(Api.service().post(TOKENS, card(APPROVED, "123")).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.expired(customer, "customer")).post(TOKENS, card(APPROVED, "123")).status())
                .isEqualTo(401);
        assertThat(Api.service().as(TestTokens.foreign(customer, "customer")).post(TOKENS, card(APPROVED, "123")).status())
                .isEqualTo(401);
        assertProblem(Api.service().as(TestTokens.mint("not-a-customer-id", Duration.ofMinutes(5), "customer"))
                .post(TOKENS, card(APPROVED, "123")), 403, "forbidden");
        assertThat(Fixtures.count("select count(*) from card_tokens")).isEqualTo(before);
    }

    @Test
    void refusesInvalidCardsFieldByFieldWithoutRepeatingThem() {
        Api api = Api.service().as(TestTokens.customer(UUID.randomUUID().toString()));
        long before = Fixtures.count("select count(*) from card_tokens");

        ApiResponse luhn = assertProblem(api.post(TOKENS, card("4242424242424241", "123")), 400, "validation");
        assertThat(errors(luhn)).containsExactly("number: is not a valid card number");
        assertThat(withoutTraceId(luhn.body())).doesNotContain("4242424242424241");

        Map<String, Object> expired = card(APPROVED, "123");
        expired.put("expYear", Fixtures.nextYear(-1));
        assertThat(errors(assertProblem(api.post(TOKENS, expired), 400, "validation")))
                .containsExactly("expYear: the card has expired");

        ApiResponse cvc = assertProblem(api.post(TOKENS, card(APPROVED, "98a")), 400, "validation");
        assertThat(errors(cvc)).containsExactly("cvc: must be 3 or 4 digits");
        assertThat(withoutTraceId(cvc.body())).doesNotContain("98a");

        assertThat(errors(assertProblem(api.post(TOKENS, Map.of()), 400, "validation")))
                .containsExactly("number: is required", "expMonth: is required", "expYear: is required", "cvc: is required");
        assertThat(errors(assertProblem(api.post(TOKENS, card("9999999999999995", "123")), 400, "validation")))
                .containsExactly("number: is not a card brand we accept");
        assertThat(errors(assertProblem(api.post(TOKENS, card("4242\u00004242\u00004242", "1\n3")), 400, "validation")))
                .containsExactly("number: must be 12 to 19 digits", "cvc: must be 3 or 4 digits");
        Map<String, Object> badMonth = card(APPROVED, "123");
        badMonth.put("expMonth", 13);
        assertThat(errors(assertProblem(api.post(TOKENS, badMonth), 400, "validation")))
                .containsExactly("expMonth: must be between 1 and 12");

        assertProblem(api.post(TOKENS, "{\"number\": \"4242424242424242\", "), 400, "malformed-json");
        assertProblem(api.post(TOKENS, "{\"number\": \"4242424242424242\", \"expMonth\": \"December\"}"), 400, "malformed-json");
        assertProblem(api.post(TOKENS, "[1, 2]"), 400, "malformed-json");
        assertProblem(api.post(TOKENS, "{\"number\": \"" + "4".repeat(1_100_000) + "\"}"), 413, "payload-too-large");
        assertThat(Fixtures.count("select count(*) from card_tokens")).isEqualTo(before);
    }

    /**
     * The card number and cvc are nowhere after tokenizing (successfully or not): not in any text
     * column of any table of the database, not in any server log (messages, console, trace, FFDC).
     */
    @Test
    void theNumberAndCvcAppearNowhereInTheDatabaseOrTheLogs() throws Exception {
        UUID customer = UUID.randomUUID();
        Api api = Api.service().as(TestTokens.customer(customer.toString()));
        String number = randomVisaNumber();
        String mistyped = number.substring(0, 15) + (char) ('0' + ((number.charAt(15) - '0' + 1) % 10));
        String cvc = "7373";

        ApiResponse created = api.post(TOKENS, card(number, cvc));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.text("token");
        // The ways a number could slip into a log or a refusal: a mistyped one, an expired card,
        // broken JSON around it, a number where a string belongs, a number where a token belongs.
        assertThat(api.post(TOKENS, card(mistyped, cvc)).status()).isEqualTo(400);
        Map<String, Object> expired = card(number, cvc);
        expired.put("expYear", Fixtures.nextYear(-2));
        assertThat(api.post(TOKENS, expired).status()).isEqualTo(400);
        assertThat(api.post(TOKENS, "{\"number\": \"" + number + "\", \"cvc\": \"" + cvc + "\", ").status()).isEqualTo(400);
        assertThat(api.post(TOKENS, "{\"number\": " + number + ", \"expMonth\": 12, \"expYear\": "
                + Fixtures.nextYear(2) + ", \"cvc\": " + cvc + "}").status()).isBetween(201, 400);
        assertThat(Fixtures.charge(Fixtures.cardCharge(UUID.randomUUID(), customer, "10.00", number)).status()).isEqualTo(400);
        UUID order = UUID.randomUUID();
        assertThat(Fixtures.charge(Fixtures.cardCharge(order, customer, "10.00", token)).status()).isEqualTo(201);

        // The log has caught up with these requests once it shows the last one's outcome.
        Path logs = Path.of(System.getProperty("microserves.it.server-dir"), "logs");
        await().atMost(Duration.ofSeconds(30)).until(() -> readAll(logs).contains("for order " + order));

        List<String> secrets = new ArrayList<>(List.of(number, mistyped));
        secrets.addAll(TEST_CARDS);
        Pattern cvcAlone = Pattern.compile("(?<![0-9A-Za-z-])" + cvc + "(?![0-9A-Za-z-])");

        List<String> columns = textColumns();
        assertThat(columns).contains("card_tokens.token", "payments.card_token", "idempotency_keys.response_body");
        for (String column : columns) {
            for (String value : values(column)) {
                assertThat(value).as(column).doesNotContain(secrets);
                assertThat(cvcAlone.matcher(value).find()).as(column + " holds the cvc: " + value).isFalse();
            }
        }
        String logText = readAll(logs);
        assertThat(logText).contains("Tokenized a visa card ending " + number.substring(12));
        assertThat(logText).doesNotContain(secrets);
        assertThat(cvcAlone.matcher(logText).find()).as("the cvc appears in the logs").isFalse();
    }

    private static List<String> errors(ApiResponse problem) {
        List<String> errors = new ArrayList<>();
        problem.json().path("errors").forEach(e -> errors.add(e.path("field").asText() + ": " + e.path("message").asText()));
        return errors;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A Luhn-valid 16-digit Visa number no other test uses. */
    private static String randomVisaNumber() {
        StringBuilder digits = new StringBuilder("4");
        for (int i = 0; i < 14; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int check = 0; check <= 9; check++) {
            String candidate = digits.toString() + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Every text column of every table in the service's schema, as {@code table.column}. */
    private static List<String> textColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = TestEnvironment.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select table_name, column_name from information_schema.columns "
                     + "where table_schema = current_schema() and data_type in "
                     + "('text', 'character varying', 'character', 'json', 'jsonb') order by 1, 2")) {
            while (r.next()) {
                columns.add(r.getString(1) + "." + r.getString(2));
            }
        }
        return columns;
    }

    private static List<String> values(String column) throws SQLException {
        String[] parts = column.split("\\.");
        List<String> values = new ArrayList<>();
        try (Connection c = TestEnvironment.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select \"" + parts[1] + "\"::text from \"" + parts[0] + "\" where \""
                     + parts[1] + "\" is not null")) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static String readAll(Path logs) {
        try (Stream<Path> files = Files.walk(logs)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body without its random trace id, which may happen to hold any short run of hex digits. */
    private static String withoutTraceId(String body) {
        return body.replaceAll("\"traceId\":\"[0-9a-f]{32}\"", "");
    }
}
