package dev.microserves.order.it;

import static org.awaitility.Awaitility.await;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Placing and reading orders through the API, and looking at the orders table directly. */
final class Orders {

    private Orders() {
    }

    static Map<String, Object> body(Peers.Shopper shopper, Object... skuQuantityPairs) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < skuQuantityPairs.length; i += 2) {
            items.add(Map.of("sku", skuQuantityPairs[i], "quantity", skuQuantityPairs[i + 1]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", shopper.id().toString());
        body.put("items", items);
        body.put("shippingAddressId", shopper.addressId().toString());
        body.put("paymentMethodId", shopper.cardId().toString());
        return body;
    }

    static ApiResponse place(Peers.Shopper shopper, String key, Object body) {
        return Api.service().as(shopper.token()).header("Idempotency-Key", key).post("/api/orders", body);
    }

    static ApiResponse place(Peers.Shopper shopper, Object body) {
        return place(shopper, UUID.randomUUID().toString(), body);
    }

    static ApiResponse read(UUID orderId) {
        return Api.service().as(TestTokens.admin()).get("/api/orders/" + orderId);
    }

    static UUID idOf(ApiResponse response) {
        String id = response.text("orderId") != null ? response.text("orderId") : response.text("id");
        return UUID.fromString(id);
    }

    /** The order's row: status, reservation and payment state, step in doubt. */
    static Map<String, Object> row(UUID orderId) {
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("select status, reservation_state, payment_state, step_in_doubt, "
                     + "failure_code, attempts from orders where id = ?")) {
            s.setObject(1, orderId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Map.of();
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("status", r.getString(1));
                row.put("reservation", r.getString(2));
                row.put("payment", r.getString(3));
                row.put("inDoubt", r.getString(4));
                row.put("failure", r.getString(5));
                row.put("attempts", r.getInt(6));
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the one order this customer has (for a request that got no usable answer). */
    static UUID onlyOrderOf(UUID customerId) {
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("select id from orders where customer_id = ?")) {
            s.setObject(1, customerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                UUID id = r.getObject(1, UUID.class);
                if (r.next()) {
                    throw new IllegalStateException("more than one order of " + customerId);
                }
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int countFor(UUID customerId) {
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("select count(*) from orders where customer_id = ?")) {
            s.setObject(1, customerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one SQL statement on the order database (for what no API offers: staging). */
    static void execute(String sql, Object... parameters) {
        try (Connection c = TestEnvironment.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who holds the order's lease (null when nobody). */
    static UUID leaseOwner(UUID orderId) {
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("select lease_owner from orders where id = ?")) {
            s.setObject(1, orderId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Time passes for this order: its next recovery attempt is due now. */
    static void makeDue(UUID orderId) {
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("update orders set next_attempt_at = now() where id = ?")) {
            s.setObject(1, orderId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the recovery job has moved the order to {@code status}. */
    static void awaitStatus(UUID orderId, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(row(orderId).get("status")) && row(orderId).get("inDoubt") == null);
    }

    /** The Prometheus text of /metrics. */
    static String metrics() {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            TestEnvironment.baseUri().resolve("/metrics")).header("Accept", "text/plain").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.regex.Pattern BULKHEAD_RUNNING =
            java.util.regex.Pattern.compile("(?m)^ft_bulkhead_executionsRunning\\{[^}]*\\} ([0-9.Ee+-]+)$");

    /** No gateway call is still running in a bulkhead (one a slow stub of an earlier test held). */
    static boolean noPeerCallsRunning() {
        var running = BULKHEAD_RUNNING.matcher(metrics());
        while (running.find()) {
            if (Double.parseDouble(running.group(1)) > 0) {
                return false;
            }
        }
        return true;
    }
}
