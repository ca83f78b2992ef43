package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events across the running system, on its real broker: orders placed through the order service
 * reach the recommendation service through the outbox and Kafka within seconds, and the
 * storefront answers its product page, degraded, while the recommendation service is stopped.
 */
class EventsSystemIT {

    @Test
    void ordersPlacedThroughTheOrderServiceShowUpInRecommendationsWithinSeconds() {
        String kettle = Shop.product("30.00", 50);
        String teapot = Shop.product("18.00", 50);
        for (int i = 0; i < 2; i++) {
            Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
            ApiResponse placed = Shop.placeOrder(buyer, List.of(Map.of("sku", kettle, "quantity", 1),
                    Map.of("sku", teapot, "quantity", 2)), UUID.randomUUID().toString());
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            ApiResponse recommended = RunningSystem.recommendation().get("/api/recommendations/products/" + kettle);
            assertThat(recommended.status()).as(recommended.toString()).isEqualTo(200);
            assertThat(recommended.json().path("items").findValuesAsText("sku")).as(recommended.toString())
                    .first().isEqualTo(teapot);
            assertThat(recommended.json().path("items").get(0).path("reason").asText()).isEqualTo("bought-together");
        });
    }

    @Test
    void theStorefrontAnswersDegradedWhileTheRecommendationServiceIsStopped() throws Exception {
        String sku = Shop.product("9.00", 5);
        RunningSystem.launcher().stopService("recommendation");
        try {
            ApiResponse page = RunningSystem.edge().get("/api/storefront/products/" + sku);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().at("/product/sku").asText()).isEqualTo(sku);
            assertThat(page.json().path("degraded").toString()).contains("recommendations");
            assertThat(page.json().path("recommendations").size()).isZero();
        } finally {
            RunningSystem.launcher().startService("recommendation");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(RunningSystem.edge().get("/api/storefront/products/" + sku).json().path("degraded").size())
                        .as("whole again once the recommendation service is back").isZero());
    }
}
