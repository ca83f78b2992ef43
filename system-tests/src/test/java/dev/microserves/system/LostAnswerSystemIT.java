package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static dev.microserves.system.Shop.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.FaultProxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The peer acts, but its answer never reaches the order service (the fault proxy forwards the
 * request and cuts the connection as the answer starts). The order is answered 503 and stays in
 * doubt until the peer's state is known; it then ends CONFIRMED with everything in place or
 * REJECTED with nothing captured and nothing held; the client's retry with the same key gets that
 * same order, or (after a rejection for unavailability) places it anew, never charging twice.
 */
class LostAnswerSystemIT {

    private static final int STOCK = 10;
    private static final int QUANTITY = 2;

    @ParameterizedTest(name = "the answer to {0}")
    @ValueSource(strings = {"charge", "reserve"})
    void anOrderWhoseAnswerIsLostEndsFinalWithTheBooksAgreeing(String step) {
        FaultProxy proxy = step.equals("charge") ? RunningSystem.paymentProxy() : RunningSystem.inventoryProxy();
        Instant start = Instant.now().minusSeconds(2);
        String sku = Shop.product("9.00", STOCK);
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        String key = UUID.randomUUID().toString();
        int droppedBefore = proxy.droppedAnswers();

        ApiResponse inDoubt;
        proxy.dropAnswers();
        try {
            inDoubt = placeOrder(buyer, sku, QUANTITY, key);
        } finally {
            proxy.pass();
        }
        assertThat(proxy.droppedAnswers()).as("answers the proxy dropped").isGreaterThan(droppedBefore);
        assertThat(inDoubt.status()).as(inDoubt.toString()).isEqualTo(503);
        assertThat(inDoubt.text("type")).endsWith("/dependency-unavailable");
        assertThat(inDoubt.header("Retry-After")).isPresent();
        String orderId = inDoubt.text("orderId");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(buyer.orders().get("/api/orders/" + orderId).text("status")).isIn("CONFIRMED", "REJECTED"));
        ApiResponse order = buyer.orders().get("/api/orders/" + orderId);
        ApiResponse retried = placeOrder(buyer, sku, QUANTITY, key);
        String retriedId = retried.status() == 201 ? retried.text("id") : retried.text("orderId");

        ApiResponse stock = stockOf(sku);
        assertThat(stock.json().at("/stock/reserved").asInt()).as("stock held").isZero();
        if (order.text("status").equals("CONFIRMED")) {
            // Everything was in place: the retry gets this very order, and nothing moved twice.
            assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
            assertThat(retriedId).isEqualTo(orderId);
            assertThat(Shop.netCaptured(orderId)).isEqualByComparingTo(order.text("/total/amount"));
            assertThat(stock.json().at("/stock/onHand").asInt()).isEqualTo(STOCK - QUANTITY);
        } else {
            // Rejected because a peer was unavailable, with nothing captured and nothing held: the
            // retry with the same key is either that outcome again or a new attempt at the order.
            assertThat(Shop.netCaptured(orderId)).isEqualByComparingTo(BigDecimal.ZERO);
            if (retriedId.equals(orderId)) {
                assertThat(stock.json().at("/stock/onHand").asInt()).isEqualTo(STOCK);
            } else {
                assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
                assertThat(Shop.netCaptured(retriedId)).isEqualByComparingTo(retried.text("/total/amount"));
                assertThat(stock.json().at("/stock/onHand").asInt()).isEqualTo(STOCK - QUANTITY);
            }
        }
        Shop.assertBooksAgreeSince(start);
    }
}
