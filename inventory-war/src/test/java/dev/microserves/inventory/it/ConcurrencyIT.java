package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.admin;
import static dev.microserves.testing.Concurrently.allAtOnce;
import static dev.microserves.inventory.it.Inventory.assertStock;
import static dev.microserves.inventory.it.Inventory.held;
import static dev.microserves.inventory.it.Inventory.line;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.queryLong;
import static dev.microserves.inventory.it.Inventory.reserve;
import static dev.microserves.inventory.it.Inventory.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many clients at once against the real server and database: stock is never oversold, never
 * negative, never lost, and no deadlock (or any other server error) ever reaches a client.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final int CLIENTS = 24;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void manyClientsRacingForTheLastUnitsGetExactlyThoseUnits() {
        String sku = product("LAST", 7);

        List<Callable<ApiResponse>> racers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            racers.add(() -> reserve(UUID.randomUUID(), List.of(line(sku, 1))));
        }
        List<ApiResponse> answers = allAtOnce(racers);

        assertThat(answers).extracting(ApiResponse::status).containsOnly(201, 409);
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(7);
        answers.stream().filter(a -> a.status() == 409)
                .forEach(a -> assertThat(a.text("type")).endsWith("/insufficient-stock"));
        assertStock(sku, 7, 7);
        assertThat(queryLong("select coalesce(sum(l.quantity), 0) from reservation_lines l "
                + "join reservations r on r.id = l.reservation_id where l.sku = ? and r.status = 'HELD'", sku)).isEqualTo(7);
    }

    @Test
    void multiLineReservationsOverTheSameProductsInOppositeOrdersNeverDeadlock() {
        String a = product("ORD-A", 1000);
        String b = product("ORD-B", 1000);
        String c = product("ORD-C", 1000);

        List<Callable<ApiResponse>> reservers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            List<Map<String, Object>> lines = i % 2 == 0
                    ? List.of(line(a, 1), line(b, 2), line(c, 3))
                    : List.of(line(c, 3), line(b, 2), line(a, 1));
            reservers.add(() -> reserve(UUID.randomUUID(), lines));
        }
        List<ApiResponse> reserved = allAtOnce(reservers);

        assertThat(reserved).extracting(ApiResponse::status).containsOnly(201);
        assertStock(a, 1000, CLIENTS);
        assertStock(b, 1000, 2 * CLIENTS);
        assertStock(c, 1000, 3 * CLIENTS);

        // Half commit, half release, while an admin moves stock of the same products.
        List<Callable<ApiResponse>> deciders = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String id = reserved.get(i).text("id");
            String action = i % 2 == 0 ? "commit" : "release";
            deciders.add(() -> service().post("/api/reservations/" + id + "/" + action, null));
        }
        for (String sku : List.of(c, a, b)) {
            deciders.add(() -> admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", 10, "reason", "delivery")));
        }
        List<ApiResponse> decided = allAtOnce(deciders);

        assertThat(decided).extracting(ApiResponse::status).containsOnly(200);
        int committed = CLIENTS / 2;
        assertStock(a, 1010 - committed, 0);
        assertStock(b, 1010 - 2 * committed, 0);
        assertStock(c, 1010 - 3 * committed, 0);
    }

    @Test
    void aCommitAndAReleaseRacingForOneReservationHaveExactlyOneWinner() {
        String sku = product("DUEL", 10);
        String id = held(sku, 4);

        List<Callable<ApiResponse>> duelists = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String action = i % 2 == 0 ? "commit" : "release";
            duelists.add(() -> service().post("/api/reservations/" + id + "/" + action, null));
        }
        List<ApiResponse> answers = allAtOnce(duelists);

        String outcome = service().get("/api/reservations/" + id).text("status");
        assertThat(outcome).isIn("COMMITTED", "RELEASED");
        String winner = outcome.equals("COMMITTED") ? "commit" : "release";
        for (int i = 0; i < CLIENTS; i++) {
            boolean won = (i % 2 == 0 ? "commit" : "release").equals(winner);
            assertThat(answers.get(i).status()).as(answers.get(i).toString()).isEqualTo(won ? 200 : 409);
        }
        if (outcome.equals("COMMITTED")) {
            assertStock(sku, 6, 0);
        } else {
            assertStock(sku, 10, 0);
        }
        assertThat(queryLong("select count(*) from stock_movements where reservation_id = ?", UUID.fromString(id)))
                .isEqualTo(outcome.equals("COMMITTED") ? 1 : 0);
    }

    @Test
    void removalsAndReservationsRacingNeverTakeOnHandBelowReserved() {
        String sku = product("SQUEEZE", 50);

        List<Callable<ApiResponse>> racers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            racers.add(i % 3 == 0
                    ? () -> admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", -5, "reason", "shrinkage"))
                    : () -> reserve(UUID.randomUUID(), List.of(line(sku, 3))));
        }
        List<ApiResponse> answers = allAtOnce(racers);

        assertThat(answers).extracting(ApiResponse::status).containsOnly(200, 201, 409);
        long removals = answers.stream().filter(x -> x.status() == 200).count();
        long reservations = answers.stream().filter(x -> x.status() == 201).count();
        assertStock(sku, (int) (50 - 5 * removals), (int) (3 * reservations));
        assertThat(50 - 5 * removals).isGreaterThanOrEqualTo(3 * reservations);
        assertThat(queryLong("select count(*) from stock where on_hand < 0 or reserved < 0 or reserved > on_hand")).isZero();
    }

    @Test
    void ofManyEditsFromTheSameVersionExactlyOneWins() {
        String sku = product("EDITS", 1);

        List<Callable<ApiResponse>> editors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "Edit " + i;
            editors.add(() -> admin().header("If-Match", "\"0\"").patch("/api/products/" + sku, Map.of("name", name)));
        }
        List<ApiResponse> answers = allAtOnce(editors);

        assertThat(answers).extracting(ApiResponse::status).containsOnly(200, 412);
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        ApiResponse winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        ApiResponse product = Inventory.anonymous().get("/api/products/" + sku);
        assertThat(product.text("name")).isEqualTo(winner.text("name"));
        assertThat(product.json().path("version").asLong()).isEqualTo(1);
    }
}
