package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.admin;
import static dev.microserves.inventory.it.Inventory.anonymous;
import static dev.microserves.inventory.it.Inventory.assertStock;
import static dev.microserves.inventory.it.Inventory.customer;
import static dev.microserves.inventory.it.Inventory.held;
import static dev.microserves.inventory.it.Inventory.line;
import static dev.microserves.inventory.it.Inventory.money;
import static dev.microserves.inventory.it.Inventory.newSku;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.queryLong;
import static dev.microserves.inventory.it.Inventory.reservationBody;
import static dev.microserves.inventory.it.Inventory.reservationRows;
import static dev.microserves.inventory.it.Inventory.reserve;
import static dev.microserves.inventory.it.Inventory.service;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reservations: holding, the transitions, their idempotency, the refusals and who may call. */
@ExtendWith(ArquillianExtension.class)
class ReservationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void holdsEveryLineWithThePriceAndWeightOfTheMoment() {
        String tea = product("TEA", 10);
        String mug = product("MUG", 5);
        UUID orderId = UUID.randomUUID();
        Instant before = Instant.now();

        ApiResponse reserved = reserve(orderId, List.of(line(tea, 3), line(mug, 1)));

        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        String id = reserved.text("id");
        assertThat(reserved.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/reservations/" + id));
        assertThat(reserved.text("orderId")).isEqualTo(orderId.toString());
        assertThat(reserved.text("status")).isEqualTo("HELD");
        assertThat(Instant.parse(reserved.text("expiresAt"))).isAfter(before.plus(Duration.ofMinutes(14)))
                .isBefore(Instant.now().plus(Duration.ofMinutes(16)));
        JsonNode items = reserved.json().path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("sku").asText()).isEqualTo(tea);
        assertThat(items.get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(items.get(0).path("unitPrice").path("amount").asText()).isEqualTo("12.50");
        assertThat(items.get(0).path("unitPrice").path("currency").asText()).isEqualTo("USD");
        assertThat(items.get(0).path("weightGrams").asInt()).isEqualTo(300);
        assertStock(tea, 10, 3);
        assertStock(mug, 5, 1);

        // A later price change leaves the snapshot alone.
        assertThat(admin().patch("/api/products/" + tea, Map.of("price", money("99.00"))).status()).isEqualTo(200);
        ApiResponse read = service().get("/api/reservations/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("items").get(0).path("unitPrice").path("amount").asText()).isEqualTo("12.50");
        assertThat(read.json().path("items")).isEqualTo(items);

        ApiResponse byOrder = admin().get("/api/reservations?orderId=" + orderId);
        assertThat(byOrder.status()).isEqualTo(200);
        assertThat(byOrder.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(byOrder.json().path("items").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void aSecondRequestForTheSameOrderReturnsTheFirstReservation() {
        String sku = product("REPEAT", 10);
        UUID orderId = UUID.randomUUID();
        ApiResponse first = reserve(orderId, List.of(line(sku, 2)));

        ApiResponse second = reserve(orderId, List.of(line(sku, 2)));
        ApiResponse different = reserve(orderId, List.of(line(sku, 7)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Idempotent-Replayed")).isEmpty();
        assertThat(different.status()).isEqualTo(200);
        assertThat(different.text("id")).isEqualTo(first.text("id"));
        assertThat(different.json().path("items").get(0).path("quantity").asInt()).isEqualTo(2);
        assertStock(sku, 10, 2);
        assertThat(reservationRows(orderId)).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String sku = product("IDEM", 10);
        UUID orderId = UUID.randomUUID();
        Api caller = service().header("Idempotency-Key", "reserve:" + orderId);
        Map<String, Object> body = reservationBody(orderId, List.of(line(sku, 4)));

        ApiResponse first = caller.post("/api/reservations", body);
        ApiResponse replay = caller.post("/api/reservations", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertStock(sku, 10, 4);

        ApiResponse reused = caller.post("/api/reservations", reservationBody(orderId, List.of(line(sku, 5))));
        assertProblem(reused, 422, "idempotency-key-reuse");
        assertStock(sku, 10, 4);
    }

    @Test
    void aRefusalIsReplayedForTheSameKeyToo() {
        String sku = product("IDEMSHORT", 1);
        UUID orderId = UUID.randomUUID();
        Api caller = service().header("Idempotency-Key", "reserve:" + orderId);
        Map<String, Object> body = reservationBody(orderId, List.of(line(sku, 2)));

        assertProblem(caller.post("/api/reservations", body), 409, "insufficient-stock");
        ApiResponse replay = caller.post("/api/reservations", body);

        assertProblem(replay, 409, "insufficient-stock");
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
        assertThat(reservationRows(orderId)).isZero();
    }

    @Test
    void requiresAnIdempotencyKey() {
        String sku = product("NOKEY", 10);
        UUID orderId = UUID.randomUUID();
        Map<String, Object> body = reservationBody(orderId, List.of(line(sku, 1)));

        assertProblem(service().post("/api/reservations", body), 400, "idempotency-key-missing");
        assertProblem(service().header("Idempotency-Key", "has space").post("/api/reservations", body), 400, "validation");
        assertProblem(service().header("Idempotency-Key", "k".repeat(256)).post("/api/reservations", body), 400, "validation");

        assertThat(reservationRows(orderId)).isZero();
        assertStock(sku, 10, 0);
    }

    @Test
    void reservesNothingWhenAnyLineIsShort() {
        String plenty = product("PLENTY", 10);
        String scarce = product("SCARCE", 2);
        String empty = product("EMPTY", 0);
        UUID orderId = UUID.randomUUID();

        ApiResponse refused = reserve(orderId, List.of(line(plenty, 5), line(scarce, 3), line(empty, 1)));

        assertProblem(refused, 409, "insufficient-stock");
        JsonNode shortages = refused.json().path("shortages");
        assertThat(shortages).hasSize(2);
        List<String> shortSkus = new ArrayList<>();
        shortages.forEach(s -> shortSkus.add(s.path("sku").asText()));
        assertThat(shortSkus).containsExactlyInAnyOrder(scarce, empty);
        shortages.forEach(s -> {
            if (s.path("sku").asText().equals(scarce)) {
                assertThat(s.path("requested").asInt()).isEqualTo(3);
                assertThat(s.path("available").asInt()).isEqualTo(2);
            } else {
                assertThat(s.path("requested").asInt()).isEqualTo(1);
                assertThat(s.path("available").asInt()).isZero();
            }
        });
        assertStock(plenty, 10, 0);
        assertStock(scarce, 2, 0);
        assertThat(reservationRows(orderId)).isZero();
        assertThat(admin().get("/api/reservations?orderId=" + orderId).json().path("totalItems").asLong()).isZero();
    }

    @Test
    void refusesUnknownProductsWith422AndReservesNothing() {
        String known = product("KNOWN", 10);
        String ghost = newSku("GHOST");
        UUID orderId = UUID.randomUUID();

        ApiResponse refused = reserve(orderId, List.of(line(known, 1), line(ghost, 1)));

        assertProblem(refused, 422, "unknown-product");
        assertThat(refused.json().path("unknownSkus").get(0).asText()).isEqualTo(ghost);
        assertStock(known, 10, 0);
        assertThat(reservationRows(orderId)).isZero();
    }

    @Test
    void refusesBadLinesWith400AndWritesNothing() {
        String sku = product("LINES", 10);
        String other = product("LINES2", 10);
        UUID orderId = UUID.randomUUID();
        List<Object> tooMany = new ArrayList<>();
        IntStream.range(0, 101).forEach(i -> tooMany.add(line("SKU-" + i, 1)));

        assertProblem(reserve(orderId, List.of(line(sku, 0))), 400, "validation");
        assertProblem(reserve(orderId, List.of(line(sku, -2))), 400, "validation");
        assertProblem(reserve(orderId, List.of(line(sku, 1001))), 400, "validation");
        ApiResponse duplicate = reserve(orderId, List.of(line(sku, 1), line(other, 1), line(sku, 2)));
        assertProblem(duplicate, 400, "validation");
        assertThat(duplicate.json().path("errors").get(0).path("field").asText()).isEqualTo("items[2].sku");
        assertProblem(reserve(orderId, tooMany), 400, "validation");
        assertProblem(reserve(orderId, List.of()), 400, "validation");
        assertProblem(reserve(null, List.of(line(sku, 1))), 400, "validation");
        assertProblem(reserve(orderId, List.of(line("not a sku", 1))), 400, "validation");
        ApiResponse zero = reserve(orderId, List.of(line(sku, 0)));
        assertThat(zero.json().path("errors").get(0).path("field").asText()).isEqualTo("items[0].quantity");

        Api keyed = service().header("Idempotency-Key", UUID.randomUUID().toString());
        assertProblem(keyed.post("/api/reservations", "{\"orderId\": \"" + orderId + "\", \"items\": ["), 400, "malformed-json");
        assertProblem(keyed.post("/api/reservations", "{\"orderId\": \"not-a-uuid\", \"items\": []}"), 400, "malformed-json");
        assertProblem(keyed.post("/api/reservations", reservationBody(orderId, List.of(line(sku, "two")))), 400, "malformed-json");
        assertProblem(keyed.post("/api/reservations", reservationBody(orderId, List.of(line(sku, 1.5)))), 400, "malformed-json");
        assertProblem(keyed.post("/api/reservations", "{\"orderId\": \"" + orderId + "\", \"items\": {}}"), 400, "malformed-json");
        String manyLines = ("{\"sku\": \"" + sku + "\", \"quantity\": 1},").repeat(30_000);
        String huge = "{\"orderId\": \"" + orderId + "\", \"items\": [" + manyLines + "{\"sku\": \"" + sku + "\", \"quantity\": 1}]}";
        assertThat(huge.length()).isGreaterThan(1_048_576);
        assertProblem(keyed.post("/api/reservations", huge), 413, "payload-too-large");

        assertThat(reservationRows(orderId)).isZero();
        assertStock(sku, 10, 0);
        assertThat(queryLong("select count(*) from idempotency_keys where scope like 'inventory.reserve%' and state = 'IN_FLIGHT'"))
                .isZero();
    }

    @Test
    void onlyTheServiceRoleReservesCommitsReleasesAndReturns() {
        String sku = product("ROLES", 10);
        UUID orderId = UUID.randomUUID();
        Map<String, Object> body = reservationBody(orderId, List.of(line(sku, 1)));
        String key = UUID.randomUUID().toString();

        assertProblem(customer().header("Idempotency-Key", key).post("/api/reservations", body), 403, "forbidden");
        assertProblem(admin().header("Idempotency-Key", key).post("/api/reservations", body), 403, "forbidden");
        assertThat(anonymous().header("Idempotency-Key", key).post("/api/reservations", body).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.expired("order-service", "service")).header("Idempotency-Key", key)
                .post("/api/reservations", body).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.foreign("order-service", "service")).header("Idempotency-Key", key)
                .post("/api/reservations", body).status()).isEqualTo(401);
        assertThat(reservationRows(orderId)).isZero();
        assertStock(sku, 10, 0);
        assertThat(queryLong("select count(*) from idempotency_keys where idem_key = ?", key)).isZero();

        String id = held(sku, 2);
        for (String action : List.of("commit", "release", "return")) {
            assertProblem(customer().post("/api/reservations/" + id + "/" + action, null), 403, "forbidden");
            assertProblem(admin().post("/api/reservations/" + id + "/" + action, null), 403, "forbidden");
            assertThat(anonymous().post("/api/reservations/" + id + "/" + action, null).status()).isEqualTo(401);
        }
        assertProblem(customer().get("/api/reservations/" + id), 403, "forbidden");
        assertProblem(customer().get("/api/reservations?orderId=" + orderId), 403, "forbidden");
        assertThat(anonymous().get("/api/reservations/" + id).status()).isEqualTo(401);
        assertThat(admin().get("/api/reservations/" + id).text("status")).isEqualTo("HELD");
        assertThat(service().get("/api/reservations/" + id).text("status")).isEqualTo("HELD");
        assertStock(sku, 10, 2);
    }

    @Test
    void commitTakesTheUnitsOffHandOnceAndCannotBeReleased() {
        String sku = product("COMMIT", 10);
        String id = held(sku, 3);

        ApiResponse committed = service().post("/api/reservations/" + id + "/commit", null);
        ApiResponse again = service().post("/api/reservations/" + id + "/commit", null);

        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        assertThat(committed.text("status")).isEqualTo("COMMITTED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("status")).isEqualTo("COMMITTED");
        assertStock(sku, 7, 0);
        assertThat(queryLong("select count(*) from stock_movements where sku = ? and kind = 'COMMIT' and delta = -3 "
                + "and on_hand_after = 7 and reservation_id = ?", sku, UUID.fromString(id))).isEqualTo(1);

        ApiResponse release = service().post("/api/reservations/" + id + "/release", null);
        assertProblem(release, 409, "invalid-reservation-state");
        assertThat(release.text("reservationStatus")).isEqualTo("COMMITTED");
        assertStock(sku, 7, 0);
    }

    @Test
    void releaseMakesTheUnitsAvailableOnce() {
        String sku = product("RELEASE", 10);
        String id = held(sku, 4);

        ApiResponse released = service().post("/api/reservations/" + id + "/release", null);
        ApiResponse again = service().post("/api/reservations/" + id + "/release", null);

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.text("status")).isEqualTo("RELEASED");
        assertThat(released.text("releaseReason")).isEqualTo("REQUESTED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(released.json());
        assertStock(sku, 10, 0);

        assertProblem(service().post("/api/reservations/" + id + "/commit", null), 409, "invalid-reservation-state");
        assertProblem(service().post("/api/reservations/" + id + "/return", null), 409, "invalid-reservation-state");
        assertStock(sku, 10, 0);
    }

    @Test
    void returnPutsCommittedUnitsBackOnHandOnce() {
        String sku = product("RETURN", 10);
        String id = held(sku, 4);
        assertProblem(service().post("/api/reservations/" + id + "/return", null), 409, "invalid-reservation-state");
        assertThat(service().post("/api/reservations/" + id + "/commit", null).status()).isEqualTo(200);
        assertStock(sku, 6, 0);

        ApiResponse returned = service().post("/api/reservations/" + id + "/return", null);
        ApiResponse again = service().post("/api/reservations/" + id + "/return", null);

        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.text("status")).isEqualTo("RETURNED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("status")).isEqualTo("RETURNED");
        assertStock(sku, 10, 0);
        assertProblem(service().post("/api/reservations/" + id + "/release", null), 409, "invalid-reservation-state");
        assertProblem(service().post("/api/reservations/" + id + "/commit", null), 409, "invalid-reservation-state");
        ApiResponse history = admin().get("/api/products/" + sku + "/stock-movements");
        assertThat(history.json().path("items").get(0).path("kind").asText()).isEqualTo("RETURN");
        assertThat(history.json().path("items").get(0).path("delta").asInt()).isEqualTo(4);
        assertThat(history.json().path("items").get(0).path("onHandAfter").asInt()).isEqualTo(10);
        assertStock(sku, 10, 0);
    }

    @Test
    void transitionsWithAnIdempotencyKeyReplayTheirAnswer() {
        String sku = product("IDEMTX", 10);
        String id = held(sku, 2);
        Api caller = service().header("Idempotency-Key", "commit:" + id);

        ApiResponse first = caller.post("/api/reservations/" + id + "/commit", null);
        ApiResponse replay = caller.post("/api/reservations/" + id + "/commit", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(first.json());
        assertStock(sku, 8, 0);

        String other = held(sku, 1);
        assertProblem(caller.post("/api/reservations/" + other + "/commit", null), 422, "idempotency-key-reuse");
        assertStock(sku, 8, 1);
    }

    @Test
    void answersUnknownReservationsWith404() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(service().get("/api/reservations/" + unknown), 404, "not-found");
        for (String action : List.of("commit", "release", "return")) {
            assertProblem(service().post("/api/reservations/" + unknown + "/" + action, null), 404, "not-found");
        }
        assertProblem(service().get("/api/reservations/not-a-uuid"), 404, "not-found");
        assertProblem(service().post("/api/reservations/not-a-uuid/commit", null), 404, "not-found");
    }

    @Test
    void listsReservationsNewestFirstAndByOrder() {
        String sku = product("LIST", 10);
        held(sku, 1);
        String newest = held(sku, 1);

        ApiResponse all = admin().get("/api/reservations?size=1");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("size").asInt()).isEqualTo(1);
        assertThat(all.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(all.json().path("items").get(0).path("id").asText()).isEqualTo(newest);

        ApiResponse none = service().get("/api/reservations?orderId=" + UUID.randomUUID());
        assertThat(none.json().path("totalItems").asLong()).isZero();
        assertThat(none.json().path("items")).isEmpty();
        assertProblem(service().get("/api/reservations?orderId=not-a-uuid"), 400, "validation");
        assertProblem(service().get("/api/reservations?size=500"), 400, "validation");
    }

    @Test
    void countsReservationsByOutcomeOnMetrics() {
        String sku = product("METRICS", 1);
        held(sku, 1);
        assertProblem(reserve(UUID.randomUUID(), List.of(line(sku, 1))), 409, "insufficient-stock");
        assertThat(admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", 1, "reason", "found")).status())
                .isEqualTo(200);

        String metrics = Inventory.metrics();

        assertThat(metrics).containsPattern("inventory_reservations_total\\{[^}]*outcome=\"held\"[^}]*\\} [1-9]")
                .containsPattern("inventory_reservations_total\\{[^}]*outcome=\"insufficient_stock\"[^}]*\\} [1-9]")
                .containsPattern("inventory_stock_adjustments_total\\{[^}]*direction=\"in\"[^}]*\\} [1-9]");
    }
}
