package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.assertStock;
import static dev.microserves.inventory.it.Inventory.held;
import static dev.microserves.inventory.it.Inventory.line;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.queryLong;
import static dev.microserves.inventory.it.Inventory.reservationBody;
import static dev.microserves.inventory.it.Inventory.reservationRows;
import static dev.microserves.inventory.it.Inventory.service;
import static dev.microserves.testing.Concurrently.allAtOnce;
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
 * Twins: the same keyed request sent many times at once. The key is claimed, the change made and
 * the answer stored in one transaction, so a twin never sees the key half done: it waits for that
 * transaction and replays its answer. The change happens exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotentTwinsIT {

    private static final int TWINS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void twinReservationsHoldTheStockOnceAndAllGetTheSameAnswer() {
        String sku = product("TWIN", 100);
        UUID orderId = UUID.randomUUID();
        String key = "reserve:" + orderId;
        Map<String, Object> body = reservationBody(orderId, List.of(line(sku, 3)));

        List<Callable<ApiResponse>> twins = new ArrayList<>();
        for (int i = 0; i < TWINS; i++) {
            twins.add(() -> service().header("Idempotency-Key", key).post("/api/reservations", body));
        }
        List<ApiResponse> answers = allAtOnce(twins);

        assertThat(answers).extracting(ApiResponse::status).containsOnly(201);
        assertThat(answers).allSatisfy(a -> assertThat(a.json()).isEqualTo(answers.get(0).json()));
        assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed").isEmpty())).as("one first answer").hasSize(1);
        assertThat(reservationRows(orderId)).isEqualTo(1);
        assertStock(sku, 100, 3);
        assertThat(queryLong("select count(*) from idempotency_keys where idem_key = ? and state = 'COMPLETED'", key))
                .isEqualTo(1);
    }

    @Test
    void twinCommitsTakeTheUnitsOnce() {
        String sku = product("TWIN-COMMIT", 20);
        String id = held(sku, 5);
        String key = "commit:" + UUID.randomUUID();

        List<Callable<ApiResponse>> twins = new ArrayList<>();
        for (int i = 0; i < TWINS; i++) {
            twins.add(() -> service().header("Idempotency-Key", key).post("/api/reservations/" + id + "/commit", null));
        }
        List<ApiResponse> answers = allAtOnce(twins);

        assertThat(answers).extracting(ApiResponse::status).containsOnly(200);
        assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed").isEmpty())).as("one first answer").hasSize(1);
        assertStock(sku, 15, 0);
        assertThat(queryLong("select count(*) from stock_movements where reservation_id = ?", UUID.fromString(id)))
                .isEqualTo(1);
    }
}
