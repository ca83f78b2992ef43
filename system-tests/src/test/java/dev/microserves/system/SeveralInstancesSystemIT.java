package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static dev.microserves.system.Shop.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.launcher.ServiceInstance;
import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.Concurrently;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the order service and two of the inventory service on the same databases, as
 * {@code ORDER_INSTANCES=2 INVENTORY_INSTANCES=2 ./run.sh} runs them: the second order instance
 * calls the second inventory instance. Concurrent buyers spread over both never oversell, and
 * orders left in doubt are recovered once although both instances' recovery jobs race for them.
 */
class SeveralInstancesSystemIT {

    private static ServiceInstance inventory2;
    private static ServiceInstance order2;

    @BeforeAll
    static void startSecondInstances() throws Exception {
        inventory2 = RunningSystem.launcher().startInstance("inventory", "2", RunningSystem.INVENTORY_PORT + 100, Map.of());
        order2 = RunningSystem.launcher().startInstance("order", "2", RunningSystem.ORDER_PORT + 100,
                Map.of("INVENTORY_URL", inventory2.url()));
        inventory2.awaitReady(Duration.ofMinutes(5));
        order2.awaitReady(Duration.ofMinutes(5));
        // A first order through the new instances, so that the race below meets warm servers
        // (their first requests also fetch a service token and keys).
        String sku = Shop.product("1.00", 1);
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(place(1, buyer, sku, "warm-up-" + buyer.id()).status()).isEqualTo(201));
    }

    @AfterAll
    static void stopSecondInstances() {
        for (ServiceInstance instance : new ServiceInstance[] {order2, inventory2}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    /** The order service instance the i-th buyer uses: every other buyer the second one. */
    private static Api orderInstance(int i, Buyer buyer) {
        return (i % 2 == 0 ? RunningSystem.order() : Api.of(URI.create(order2.url()))).as(buyer.token());
    }

    private static ApiResponse place(int i, Buyer buyer, String sku, String key) {
        return orderInstance(i, buyer).header("Idempotency-Key", key).post("/api/orders", Map.of(
                "customerId", buyer.id(), "items", List.of(Map.of("sku", sku, "quantity", 1)),
                "shippingAddressId", buyer.addressId(), "paymentMethodId", buyer.paymentMethodId()));
    }

    @Test
    void buyersSpreadOverTwoOrderAndTwoInventoryInstancesBuyExactlyTheStockThereIs() {
        Instant start = Instant.now().minusSeconds(2);
        int units = 5;
        String sku = Shop.product("5.00", units);
        List<Buyer> buyers = IntStream.range(0, 12).mapToObj(i -> Shop.buyerPayingWith(Shop.CARD_APPROVED)).toList();

        List<Callable<ApiResponse>> orders = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            int which = i;
            orders.add(() -> place(which, buyers.get(which), sku, UUID.randomUUID().toString()));
        }
        List<Integer> statuses = Concurrently.allAtOnce(orders).stream().map(ApiResponse::status).toList();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(units);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        ApiResponse stock = stockOf(sku);
        assertThat(stock.json().at("/stock/onHand").asInt()).isZero();
        assertThat(stock.json().at("/stock/reserved").asInt()).isZero();
        Shop.assertBooksAgreeSince(start);
    }

    @Test
    void ordersInDoubtAreRecoveredOnceWhileBothOrderInstancesRecover() {
        Instant start = Instant.now().minusSeconds(2);
        int stock = 20;
        String sku = Shop.product("6.00", stock);
        List<Buyer> buyers = IntStream.range(0, 6).mapToObj(i -> Shop.buyerPayingWith(Shop.CARD_APPROVED)).toList();

        // Every charge is made, and every answer to it lost: each order stays in doubt.
        List<String> orderIds = new ArrayList<>();
        RunningSystem.paymentProxy().dropAnswers();
        try {
            for (int i = 0; i < buyers.size(); i++) {
                ApiResponse inDoubt = place(i, buyers.get(i), sku, UUID.randomUUID().toString());
                assertThat(inDoubt.status()).as(inDoubt.toString()).isEqualTo(503);
                orderIds.add(inDoubt.text("orderId"));
            }
        } finally {
            RunningSystem.paymentProxy().pass();
        }

        int confirmed = 0;
        for (int i = 0; i < orderIds.size(); i++) {
            String orderId = orderIds.get(i);
            Api owner = orderInstance(i, buyers.get(i));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(owner.get("/api/orders/" + orderId).text("status")).isIn("CONFIRMED", "REJECTED"));
            ApiResponse order = owner.get("/api/orders/" + orderId);
            assertThat(Shop.paymentsOf(orderId).json().path("items").findValuesAsText("status"))
                    .as("payments of " + orderId).filteredOn("CAPTURED"::equals).hasSize(1);
            if (order.text("status").equals("CONFIRMED")) {
                confirmed++;
                assertThat(Shop.netCaptured(orderId)).isEqualByComparingTo(order.text("/total/amount"));
            } else {
                assertThat(Shop.netCaptured(orderId)).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
        ApiResponse after = stockOf(sku);
        assertThat(after.json().at("/stock/reserved").asInt()).isZero();
        assertThat(after.json().at("/stock/onHand").asInt()).isEqualTo(stock - confirmed);
        Shop.assertBooksAgreeSince(start);
    }
}
