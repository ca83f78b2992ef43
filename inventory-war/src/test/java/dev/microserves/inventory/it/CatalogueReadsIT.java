package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.admin;
import static dev.microserves.inventory.it.Inventory.anonymous;
import static dev.microserves.inventory.it.Inventory.assertStock;
import static dev.microserves.inventory.it.Inventory.held;
import static dev.microserves.inventory.it.Inventory.money;
import static dev.microserves.inventory.it.Inventory.newCategory;
import static dev.microserves.inventory.it.Inventory.newSku;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.productBody;
import static dev.microserves.inventory.it.Inventory.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Product reads and search pages are answered from memory: every change made through the service
 * shows on the very next read (no waiting), and a change made behind its back shows within the
 * documented bound (microserves.catalogue.read-cache-ms).
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueReadsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void everyStockMovementShowsOnTheNextRead() {
        String sku = product("FRESH", 10);
        assertStock(sku, 10, 0);
        assertStock(sku, 10, 0);

        String reservation = held(sku, 3);
        assertStock(sku, 10, 3);

        ApiResponse adjusted = admin().post("/api/products/" + sku + "/stock-adjustments",
                Map.of("delta", 5, "reason", "delivery"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        assertStock(sku, 15, 3);

        ApiResponse committed = service().post("/api/reservations/" + reservation + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        assertStock(sku, 12, 0);

        String released = held(sku, 2);
        assertStock(sku, 12, 2);
        ApiResponse release = service().post("/api/reservations/" + released + "/release", null);
        assertThat(release.status()).as(release.toString()).isEqualTo(200);
        assertStock(sku, 12, 0);
    }

    @Test
    void aPriceChangeShowsOnTheNextReadAndSearchWithItsNewETag() {
        String category = newCategory();
        String sku = newSku("PRICE");
        Map<String, Object> body = productBody(sku, 4);
        body.put("category", category);
        assertThat(admin().post("/api/products", body).status()).isEqualTo(201);
        assertThat(anonymous().get("/api/products/" + sku).text("/price/amount")).isEqualTo("12.50");
        assertThat(searchItem(category, sku).path("price").path("amount").asText()).isEqualTo("12.50");

        ApiResponse patched = admin().header("If-Match", "\"0\"").patch("/api/products/" + sku,
                Map.of("price", money("9.99"), "name", "Cheaper"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        ApiResponse read = anonymous().get("/api/products/" + sku);
        assertThat(read.text("/price/amount")).isEqualTo("9.99");
        assertThat(read.text("name")).isEqualTo("Cheaper");
        assertThat(read.header("ETag")).hasValue("\"1\"");
        assertThat(read.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode listed = searchItem(category, sku);
        assertThat(listed.path("price").path("amount").asText()).isEqualTo("9.99");
        assertThat(listed.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aSearchListsAProductCreatedOrRenamedJustBefore() {
        String category = newCategory();
        assertThat(search(category, null).json().path("totalItems").asLong()).isZero();

        String first = newSku("LISTED");
        Map<String, Object> body = productBody(first, 1);
        body.put("category", category);
        assertThat(admin().post("/api/products", body).status()).isEqualTo(201);
        ApiResponse page = search(category, null);
        assertThat(page.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(page.json().path("items").get(0).path("sku").asText()).isEqualTo(first);

        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(search(category, word).json().path("totalItems").asLong()).isZero();
        assertThat(admin().patch("/api/products/" + first, Map.of("name", "Now " + word)).status()).isEqualTo(200);
        assertThat(search(category, word).json().path("totalItems").asLong()).isEqualTo(1);

        held(first, 1);
        assertThat(searchItem(category, first).path("stock").path("reserved").asInt()).isEqualTo(1);
    }

    @Test
    void aChangeMadeBehindTheServicesBackShowsWithinTheDocumentedBound() throws SQLException {
        String sku = product("BEHIND", 7);
        assertStock(sku, 7, 0);

        try (Connection connection = TestEnvironment.connection();
             PreparedStatement update = connection.prepareStatement("update stock set on_hand = 20 where sku = ?")) {
            update.setString(1, sku);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        // The bound is 500 ms; the wait allows for a slow machine without asserting any timing.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertStock(sku, 20, 0));
    }

    @Test
    void anUnknownProductIsNotFoundAndThenFoundOnceCreated() {
        String sku = newSku("LATER");
        assertThat(anonymous().get("/api/products/" + sku).status()).isEqualTo(404);
        assertThat(admin().post("/api/products", productBody(sku, 2)).status()).isEqualTo(201);
        assertStock(sku, 2, 0);
    }

    private static ApiResponse search(String category, String q) {
        ApiResponse page = anonymous().get("/api/products?category=" + category + (q == null ? "" : "&q=" + q) + "&size=20");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page;
    }

    private static JsonNode searchItem(String category, String sku) {
        for (JsonNode item : search(category, null).json().path("items")) {
            if (item.path("sku").asText().equals(sku)) {
                return item;
            }
        }
        throw new AssertionError(sku + " not listed in " + category);
    }
}
