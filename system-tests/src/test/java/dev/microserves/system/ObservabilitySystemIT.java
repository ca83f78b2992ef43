package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.system.Shop.Buyer;
import dev.microserves.system.ZipkinReceiver.ReceivedSpan;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tracing and logs of the running system (RunningSystem turns tracing on, exporting Zipkin v2
 * JSON to a receiver in this JVM): a placed order is one trace across the four services, with
 * client and database spans, continued by the recommendation service when it applies the order's
 * event; the trace id answered is the trace's; and no server ever logs a secret a customer gave.
 */
class ObservabilitySystemIT {

    private static final Set<String> FOUR_SERVICES = Set.of("order", "customer", "inventory", "payment");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aPlacedOrderIsOneTraceAcrossTheFourServicesAndTheEventConsumerContinuesIt() {
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        String sku = Shop.product("12.00", 5);
        ApiResponse placed = Shop.placeOrder(buyer, sku, 1, UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String traceId = placed.header("X-Trace-Id").orElseThrow();
        assertThat(placed.header("traceparent").orElseThrow()).startsWith("00-" + traceId + "-");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<ReceivedSpan> trace = RunningSystem.zipkin().trace(traceId);
            assertThat(trace).extracting(ReceivedSpan::service).as(describe(trace)).containsAll(FOUR_SERVICES);
            Set<String> orderClientSpans = trace.stream()
                    .filter(span -> span.service().equals("order") && span.kind().equals("CLIENT"))
                    .map(ReceivedSpan::id).collect(Collectors.toSet());
            for (String peer : List.of("customer", "inventory", "payment")) {
                assertThat(trace).as(peer + " answered a REST client call of the order service: " + describe(trace))
                        .anyMatch(span -> span.service().equals(peer) && span.kind().equals("SERVER")
                                && orderClientSpans.contains(span.parentId()));
            }
            for (String service : FOUR_SERVICES) {
                assertThat(trace).as(service + " has database spans: " + describe(trace))
                        .anyMatch(span -> span.service().equals(service) && "postgresql".equals(span.tag("db.system.name")));
            }
            Set<String> spanIds = trace.stream().map(ReceivedSpan::id).collect(Collectors.toSet());
            assertThat(trace).as("the consumer's span continues the order's trace: " + describe(trace))
                    .anyMatch(span -> span.service().equals("recommendation") && span.kind().equals("CONSUMER")
                            && span.name().equals("microserves.orders process") && spanIds.contains(span.parentId()));
        });

        String orderId = placed.text("id");
        for (String service : List.of("inventory", "payment")) {
            JsonNode line = logLines(service).stream().filter(json -> json.path("message").asText().contains(orderId))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " logged nothing about " + orderId));
            assertThat(line.path("ext_service").asText()).isEqualTo(service);
            assertThat(line.path("ext_traceId").asText()).as(line.toString()).isEqualTo(traceId);
            assertThat(line.path("ext_spanId").asText()).as(line.toString()).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void aProblemAnswerCarriesTheIdOfTheTraceItsRequestMade() {
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        ApiResponse missing = buyer.orders().get("/api/orders/" + UUID.randomUUID());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        String traceId = missing.text("traceId");
        assertThat(missing.header("X-Trace-Id")).contains(traceId);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(RunningSystem.zipkin().trace(traceId)).as("the order service exported the request's trace")
                        .anyMatch(span -> span.service().equals("order") && span.kind().equals("SERVER")));
    }

    @Test
    void noServerLogsThePasswordsTokensCardNumberOrCvcOfACustomersWholeJourney() {
        String unique = UUID.randomUUID().toString().replace("-", "");
        String email = "journey-" + unique + "@example.test";
        String password = "Secret-" + unique;
        String wrongPassword = "Wrong-" + unique;
        String cardNumber = visaNumber();
        String cvc = Integer.toString(100 + RANDOM.nextInt(900));

        Buyer buyer = Shop.buyer(email, password, cardNumber, cvc);
        ApiResponse refused = RunningSystem.customer().post("/api/auth/token", Map.of("email", email, "password", wrongPassword));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        String sku = Shop.product("7.00", 5);
        ApiResponse placed = Shop.placeOrder(buyer, sku, 1, UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        ApiResponse cancelled = buyer.orders().post("/api/orders/" + placed.text("id") + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        List<Path> logs = logFiles();
        assertThat(logs).extracting(path -> path.getFileName().toString())
                .contains("order.log", "customer.log", "inventory.log", "payment.log", "recommendation.log");
        String accessSignature = buyer.token().substring(buyer.token().lastIndexOf('.') + 1);
        Map<String, String> secrets = Map.of("password", password, "wrong password", wrongPassword,
                "card number", cardNumber, "card number's last digits and more", cardNumber.substring(4),
                "access token", accessSignature, "card token", buyer.cardToken(),
                "admin password", "admin-dev-password", "service client secret", "order-service-dev-secret");
        Pattern cvcNearby = Pattern.compile("(?i)cvc\\W{0,6}" + cvc + "\\b");
        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            for (String line : lines(log)) {
                secrets.forEach((what, value) -> {
                    if (line.contains(value)) {
                        leaks.add(what + " in " + log + ": " + line);
                    }
                });
                if (cvcNearby.matcher(line).find()) {
                    leaks.add("cvc in " + log + ": " + line);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Every file the system logs to: the launcher's console logs and each server's own logs and FFDC. */
    private static List<Path> logFiles() {
        try (Stream<Path> files = Files.walk(RunningSystem.home())) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> RunningSystem.home().relativize(path).toString().contains("logs"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON objects of a service's console log (the launcher's {@code logs/<service>.log}). */
    private static List<JsonNode> logLines(String service) {
        List<JsonNode> json = new ArrayList<>();
        for (String line : lines(RunningSystem.home().resolve("logs").resolve(service + ".log"))) {
            if (line.startsWith("{")) {
                try {
                    json.add(Api.JSON.readTree(line));
                } catch (JsonProcessingException partLine) {
                    // the last line may be half written
                }
            }
        }
        return json;
    }

    private static List<String> lines(Path log) {
        try {
            return List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Visa number of this test's own (passes the Luhn check; none of the test cards that decline). */
    private static String visaNumber() {
        StringBuilder digits = new StringBuilder("4");
        while (digits.length() < 15) {
            digits.append(RANDOM.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int digit = digits.charAt(14 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private static String describe(List<ReceivedSpan> trace) {
        return trace.stream().map(span -> span.service() + ":" + span.kind() + ":" + span.name() + "(" + span.id()
                + "<-" + span.parentId() + ")").collect(Collectors.joining(", "));
    }
}
