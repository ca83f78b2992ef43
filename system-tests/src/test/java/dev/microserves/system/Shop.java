package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The steps a real client takes, through the public APIs only. */
final class Shop {

    static final String CARD_APPROVED = "4242424242424242";
    static final String CARD_DECLINED = "4000000000000002";

    private Shop() {
    }

    /** A signed-in customer with a shipping address and a card on file. */
    record Buyer(String id, String token, String addressId, String paymentMethodId) {
        Api orders() {
            return RunningSystem.order().as(token);
        }
    }

    static String adminToken() {
        return signIn("admin@microserves.dev", "admin-dev-password");
    }

    static String signIn(String email, String password) {
        ApiResponse token = RunningSystem.customer().post("/api/auth/token", Map.of("email", email, "password", password));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token.text("accessToken");
    }

    /** A new product of its own (so tests never share stock), with the stock given. */
    static String product(String price, int stock) {
        String sku = "SYS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiResponse created = RunningSystem.inventory().as(adminToken()).post("/api/products", Map.of(
                "sku", sku, "name", "System test item " + sku, "category", "system-tests",
                "price", Map.of("amount", price, "currency", "USD"), "weightGrams", 500, "initialStock", stock));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return sku;
    }

    static Buyer buyerPayingWith(String cardNumber) {
        return buyerPayingWith(cardNumber, "buyer-" + UUID.randomUUID() + "@example.test", "a long enough password");
    }

    /** The same, with the credentials given (a browser journey then signs in with them). */
    static Buyer buyerPayingWith(String cardNumber, String email, String password) {
        ApiResponse registered = RunningSystem.customer().post("/api/customers", Map.of(
                "name", "System Buyer", "email", email, "password", password,
                "shippingAddress", Map.of("label", "Home", "line1", "1 Test Road", "city", "Springfield",
                        "postalCode", "12345", "country", "US")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.text("id");
        String addressId = registered.json().path("addresses").get(0).path("id").asText();
        String token = signIn(email, password);

        ApiResponse card = RunningSystem.payment().as(token).post("/api/payment-methods/tokens",
                Map.of("number", cardNumber, "expMonth", 12, "expYear", 2031, "cvc", "123"));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        ApiResponse method = RunningSystem.customer().as(token).post("/api/customers/" + id + "/payment-methods",
                Map.of("type", "CARD", "token", card.text("token"), "brand", card.text("brand"),
                        "last4", card.text("last4"), "expMonth", 12, "expYear", 2031));
        assertThat(method.status()).as(method.toString()).isEqualTo(201);
        return new Buyer(id, token, addressId, method.text("id"));
    }

    static ApiResponse placeOrder(Buyer buyer, String sku, int quantity, String idempotencyKey) {
        return placeOrder(buyer, List.of(Map.of("sku", sku, "quantity", quantity)), idempotencyKey);
    }

    /** An order of several lines, each {@code {sku, quantity}}. */
    static ApiResponse placeOrder(Buyer buyer, List<Map<String, Object>> items, String idempotencyKey) {
        return buyer.orders().header("Idempotency-Key", idempotencyKey).post("/api/orders", Map.of(
                "customerId", buyer.id(),
                "items", items,
                "shippingAddressId", buyer.addressId(),
                "paymentMethodId", buyer.paymentMethodId()));
    }

    static ApiResponse stockOf(String sku) {
        ApiResponse product = RunningSystem.inventory().get("/api/products/" + sku);
        assertThat(product.status()).as(product.toString()).isEqualTo(200);
        return product;
    }

    static ApiResponse paymentsOf(String orderId) {
        ApiResponse payments = RunningSystem.payment().as(adminToken()).get("/api/payments?orderId=" + orderId);
        assertThat(payments.status()).as(payments.toString()).isEqualTo(200);
        return payments;
    }

    /** What the order's payments captured, less what was refunded. */
    static BigDecimal netCaptured(String orderId) {
        BigDecimal net = BigDecimal.ZERO;
        for (JsonNode payment : Shop.paymentsOf(orderId).json().path("items")) {
            if (payment.path("status").asText().equals("CAPTURED")) {
                net = net.add(new BigDecimal(payment.at("/amount/amount").asText()));
                if (payment.has("refundedAmount")) {
                    net = net.subtract(new BigDecimal(payment.at("/refundedAmount/amount").asText()));
                }
            }
        }
        return net;
    }

    /**
     * The order service's reconciliation of every order created since {@code since} finds no
     * breach: the books of the three services agree.
     */
    static void assertBooksAgreeSince(Instant since) {
        ApiResponse report = RunningSystem.order().as(adminToken())
                .get("/api/admin/reconciliation?since=" + since + "&until=" + Instant.now().plusSeconds(5));
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().path("checkedOrders").asInt()).isPositive();
        assertThat(report.json().path("breaches")).as(report.toString()).isEmpty();
    }
}
