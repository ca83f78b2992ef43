package dev.microserves.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the inventory ITs share: callers by role, fresh test data, and direct looks into the database. */
final class Inventory {

    private Inventory() {
    }

    static Api anonymous() {
        return Api.service();
    }

    static Api admin() {
        return Api.service().as(TestTokens.admin());
    }

    static Api service() {
        return Api.service().as(TestTokens.service());
    }

    static Api customer() {
        return Api.service().as(TestTokens.customer(UUID.randomUUID().toString()));
    }

    /** A sku no other test uses. */
    static String newSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A category no other test uses. */
    static String newCategory() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> money(String amount) {
        return money(amount, "USD");
    }

    static Map<String, Object> money(String amount, String currency) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount);
        money.put("currency", currency);
        return money;
    }

    static Map<String, Object> productBody(String sku, int initialStock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", "Product " + sku);
        body.put("description", "A test product");
        body.put("category", "it-products");
        body.put("price", money("12.50"));
        body.put("weightGrams", 300);
        body.put("initialStock", initialStock);
        return body;
    }

    /** Creates a product with this much stock; returns its sku. */
    static String product(String prefix, int initialStock) {
        String sku = newSku(prefix);
        ApiResponse created = admin().post("/api/products", productBody(sku, initialStock));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return sku;
    }

    static Map<String, Object> line(String sku, Object quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sku", sku);
        line.put("quantity", quantity);
        return line;
    }

    static Map<String, Object> reservationBody(UUID orderId, List<?> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId == null ? null : orderId.toString());
        body.put("items", items);
        return body;
    }

    /** Reserves as the order service would, with a fresh Idempotency-Key. */
    static ApiResponse reserve(UUID orderId, List<?> items) {
        return service().header("Idempotency-Key", "reserve:" + UUID.randomUUID())
                .post("/api/reservations", reservationBody(orderId, items));
    }

    /** Reserves and expects it to be held; returns the reservation id. */
    static String held(String sku, int quantity) {
        ApiResponse reserved = reserve(UUID.randomUUID(), List.of(line(sku, quantity)));
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        return reserved.text("id");
    }

    static JsonNode stock(String sku) {
        ApiResponse product = anonymous().get("/api/products/" + sku);
        assertThat(product.status()).as(product.toString()).isEqualTo(200);
        return product.json().path("stock");
    }

    static void assertStock(String sku, int onHand, int reserved) {
        JsonNode stock = stock(sku);
        assertThat(stock.path("onHand").asInt()).as("onHand of %s", sku).isEqualTo(onHand);
        assertThat(stock.path("reserved").asInt()).as("reserved of %s", sku).isEqualTo(reserved);
        assertThat(stock.path("available").asInt()).as("available of %s", sku).isEqualTo(onHand - reserved);
    }

    /** The application's metrics in Prometheus text format. */
    static String metrics() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(TestEnvironment.baseUri().resolve("/metrics?scope=application")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A single number from the service's database, e.g. a count of rows a rejected request must not have written. */
    static long queryLong(String sql, Object... parameters) {
        try (Connection connection = TestEnvironment.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long productRows(String sku) {
        return queryLong("select count(*) from products where sku = ?", sku);
    }

    static long reservationRows(UUID orderId) {
        return queryLong("select count(*) from reservations where order_id = ?", orderId);
    }
}
