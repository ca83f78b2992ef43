package dev.microserves.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.EventLog;
import dev.microserves.testing.EventSchemas;
import dev.microserves.testing.ServiceDeployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stock's events on a real broker: one per change with the level after it, the category where
 * the change knows the product, stock.low when available units fall to the threshold (10), and
 * nothing for a reservation that was refused.
 */
@ExtendWith(ArquillianExtension.class)
class StockEventsIT {

    private static final String TOPIC = "microserves.inventory";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static EventLog stock;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void read() {
        stock = EventLog.of(TOPIC);
    }

    @AfterAll
    static void close() {
        stock.close();
    }

    @Test
    void everyStockChangeIsPublishedWithTheLevelAfterItAndLowStockOnceWhenItFallsToTheThreshold() {
        String sku = Inventory.product("EV", 15);
        String reservation = Inventory.held(sku, 6);
        assertThat(Inventory.service().header("Idempotency-Key", "commit:" + UUID.randomUUID())
                .post("/api/reservations/" + reservation + "/commit", null).status()).isEqualTo(200);
        ApiResponse adjusted = Inventory.admin().post("/api/products/" + sku + "/stock-adjustments",
                Map.of("delta", 20, "reason", "delivery"));
        assertThat(adjusted.status()).as(adjusted.toString()).isIn(200, 201);

        stock.await(e -> sku.equals(e.subject()) && e.data().path("onHand").asInt() == 29, SOON);
        List<EventLog.Event> events = stock.about(sku);
        assertThat(events).extracting(e -> e.type() + " " + e.data().path("onHand").asInt() + "/"
                + e.data().path("reserved").asInt() + "/" + e.data().path("available").asInt()).containsExactly(
                "dev.microserves.stock.changed.v1 15/0/15",
                "dev.microserves.stock.changed.v1 15/6/9",
                "dev.microserves.stock.low.v1 15/6/9",
                "dev.microserves.stock.changed.v1 9/0/9",
                "dev.microserves.stock.changed.v1 29/0/29");
        assertThat(events.get(0).data().path("category").asText()).as("its creation knows the product")
                .isEqualTo("it-products");
        for (EventLog.Event event : events) {
            EventSchemas.assertValid(TOPIC, event.envelope());
            assertThat(event.key()).isEqualTo(sku);
        }
    }

    @Test
    void aRefusedReservationPublishesNothing() {
        String sku = Inventory.product("EVR", 2);
        ApiResponse refused = Inventory.reserve(UUID.randomUUID(), List.of(Inventory.line(sku, 5)));
        assertThat(refused.status()).isEqualTo(409);
        String later = Inventory.product("EVL", 1);

        // Published in order: once the later product's event is out, one of the refusal would be too.
        stock.await("dev.microserves.stock.changed.v1", later, SOON);
        assertThat(stock.about(sku)).hasSize(1);
    }
}
