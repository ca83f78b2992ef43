package dev.microserves.order.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.it.Peers.Product;
import dev.microserves.order.it.Peers.Shopper;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.EventLog;
import dev.microserves.testing.EventSchemas;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestKafka;
import dev.microserves.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order's events on a real broker (the module's ITs run one, {@link TestKafka}): one for every
 * status an order reaches, in the transaction that moves it there, valid for its schema, carrying
 * the trace of the request that caused it; none lost while the broker is down; none for a change
 * that was rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class OrderEventsIT {

    private static final String TOPIC = "microserves.orders";
    private static final Duration SOON = Duration.ofSeconds(30);

    private static Peers peers;
    private static EventLog orders;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void start() {
        peers = new Peers().start().warmUp();
        orders = EventLog.of(TOPIC);
    }

    @AfterAll
    static void stop() {
        orders.close();
        peers.stop();
    }

    @BeforeEach
    void reset() {
        peers.reset();
    }

    private static Product product() {
        return new Product("SKU-" + UUID.randomUUID().toString().substring(0, 8), "20.00", 500);
    }

    private static UUID placeConfirmed(Shopper shopper, String traceparent) {
        Product product = product();
        peers.reservable(product);
        peers.chargeable(shopper);
        ApiResponse placed = Api.service().as(shopper.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", traceparent).post("/api/orders", Orders.body(shopper, product.sku(), 2));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return Orders.idOf(placed);
    }

    @Test
    void everyStatusAnOrderReachesIsPublishedOnceValidForItsSchemaAndInTheRequestsTrace() {
        Shopper shopper = peers.shopper();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        UUID shipped = placeConfirmed(shopper, "00-" + traceId + "-00f067aa0ba902b7-01");
        UUID cancelled = placeConfirmed(shopper, "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01");
        assertThat(Api.service().as(TestTokens.admin()).post("/api/orders/" + shipped + "/ship", null).status()).isEqualTo(200);
        assertThat(Api.service().as(shopper.token()).post("/api/orders/" + cancelled + "/cancel", null).status()).isEqualTo(200);
        Product scarce = product();
        peers.inventory.stubFor(peers.reservationOf(scarce).willReturn(Peers.problem(409, "insufficient-stock",
                "\"shortages\": [{\"sku\": \"" + scarce.sku() + "\", \"requested\": 1, \"available\": 0}]")));
        UUID rejected = Orders.idOf(Orders.place(shopper, Orders.body(shopper, scarce.sku(), 1)));

        EventLog.Event confirmedEvent = orders.await("dev.microserves.order.confirmed.v1", shipped.toString(), SOON);
        orders.await("dev.microserves.order.shipped.v1", shipped.toString(), SOON);
        orders.await("dev.microserves.order.cancelled.v1", cancelled.toString(), SOON);
        orders.await("dev.microserves.order.rejected.v1", rejected.toString(), SOON);

        assertThat(orders.about(shipped.toString())).extracting(EventLog.Event::type).containsExactly(
                "dev.microserves.order.confirmed.v1", "dev.microserves.order.shipped.v1");
        assertThat(orders.about(cancelled.toString())).extracting(EventLog.Event::type).containsExactly(
                "dev.microserves.order.confirmed.v1", "dev.microserves.order.cancelled.v1");
        assertThat(orders.about(rejected.toString())).extracting(EventLog.Event::type)
                .containsExactly("dev.microserves.order.rejected.v1");
        for (UUID order : List.of(shipped, cancelled, rejected)) {
            for (EventLog.Event event : orders.about(order.toString())) {
                EventSchemas.assertValid(TOPIC, event.envelope());
                assertThat(event.key()).as("keyed by the order").isEqualTo(order.toString());
            }
        }
        assertThat(confirmedEvent.envelope().path("traceparent").asText()).startsWith("00-" + traceId + "-");
        assertThat(confirmedEvent.data().path("customerId").asText()).isEqualTo(shopper.id().toString());
        assertThat(confirmedEvent.data().path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(confirmedEvent.data().path("lines").get(0).path("unitPrice").path("amount").asText()).isEqualTo("20.00");
        assertThat(confirmedEvent.data().path("total").path("amount").asText()).isEqualTo(Orders.read(shipped).text("/total/amount"));
    }

    @Test
    void ordersConfirmedWhileTheBrokerIsDownArePublishedWhenItIsBack() {
        Shopper shopper = peers.shopper();
        List<UUID> placed = new ArrayList<>();
        TestKafka.downWhile(() -> {
            for (int i = 0; i < 3; i++) {
                placed.add(placeConfirmed(shopper, "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01"));
            }
        });

        for (UUID order : placed) {
            orders.await("dev.microserves.order.confirmed.v1", order.toString(), Duration.ofSeconds(60));
        }
        assertThat(Orders.metrics()).contains("outbox_events_waiting");
    }

    /**
     * A change that is rolled back publishes nothing: the database refuses the confirming write of
     * one order (a trigger staged for the test). Events are published in order, so once a later
     * order's event is out, the refused one would be out too if it existed.
     */
    @Test
    void aChangeThatIsRolledBackPublishesNothing() {
        Shopper refused = peers.shopper();
        Orders.execute("""
                create or replace function refuse_confirmation() returns trigger language plpgsql as $$
                begin
                  if new.status = 'CONFIRMED' and new.customer_id = '%s' then
                    raise exception 'staged failure';
                  end if;
                  return new;
                end $$""".formatted(refused.id()));
        Orders.execute("create trigger refuse_confirmation before update on orders for each row execute function refuse_confirmation()");
        UUID failed;
        try {
            Product product = product();
            peers.reservable(product);
            peers.chargeable(refused);
            Orders.place(refused, Orders.body(refused, product.sku(), 1));
            failed = Orders.onlyOrderOf(refused.id());
        } finally {
            Orders.execute("drop trigger refuse_confirmation on orders");
        }
        UUID later = placeConfirmed(peers.shopper(), "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01");

        orders.await("dev.microserves.order.confirmed.v1", later.toString(), SOON);
        assertThat(Orders.row(failed).get("status")).isNotEqualTo("CONFIRMED");
        assertThat(orders.about(failed.toString())).extracting(EventLog.Event::type)
                .doesNotContain("dev.microserves.order.confirmed.v1");
    }
}
