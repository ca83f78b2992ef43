package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static dev.microserves.system.Shop.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payment service stops: orders fail fast and honestly, and nothing stays held. */
class PeerDownSystemIT {

    @Test
    void anOrderWhilePaymentIsDownEndsRejectedWithItsStockReleased() throws Exception {
        Instant start = Instant.now().minusSeconds(2);
        String sku = Shop.product("12.00", 4);
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);

        RunningSystem.launcher().stopService("payment");
        String orderId;
        try {
            ApiResponse unavailable = placeOrder(buyer, sku, 1, UUID.randomUUID().toString());
            assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
            assertThat(unavailable.text("type")).endsWith("/dependency-unavailable");
            assertThat(unavailable.header("Retry-After")).isPresent();
            orderId = unavailable.text("orderId");
            assertThat(orderId).isNotBlank();
        } finally {
            RunningSystem.launcher().startService("payment");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(buyer.orders().get("/api/orders/" + orderId).text("status")).isIn("REJECTED", "CONFIRMED"));
        String status = buyer.orders().get("/api/orders/" + orderId).text("status");
        ApiResponse stock = stockOf(sku);
        assertThat(stock.json().at("/stock/reserved").asInt()).isZero();
        int captured = (int) Shop.paymentsOf(orderId).json().path("items").findValuesAsText("status").stream()
                .filter("CAPTURED"::equals).count();
        if (status.equals("REJECTED")) {
            assertThat(captured).isZero();
            assertThat(stock.json().at("/stock/onHand").asInt()).isEqualTo(4);
        } else {
            assertThat(captured).isEqualTo(1);
            assertThat(stock.json().at("/stock/onHand").asInt()).isEqualTo(3);
        }
        Shop.assertBooksAgreeSince(start);
    }
}
