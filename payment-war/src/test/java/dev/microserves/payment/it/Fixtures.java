package dev.microserves.payment.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the payment ITs share: the test cards, request bodies, calls as each role, and SQL probes. */
final class Fixtures {

    static final String APPROVED = "4242424242424242";
    static final String CARD_DECLINED = "4000000000000002";
    static final String INSUFFICIENT_FUNDS = "4000000000009995";
    static final String EXPIRED_CARD = "4000000000000069";
    static final String PROCESSOR_ERROR = "4000000000000119";
    static final List<String> TEST_CARDS = List.of(APPROVED, CARD_DECLINED, INSUFFICIENT_FUNDS, EXPIRED_CARD, PROCESSOR_ERROR);

    private Fixtures() {
    }

    static int nextYear(int years) {
        return YearMonth.now(ZoneOffset.UTC).getYear() + years;
    }

    static Map<String, Object> card(String number, String cvc) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("number", number);
        card.put("expMonth", 12);
        card.put("expYear", nextYear(3));
        card.put("cvc", cvc);
        return card;
    }

    /** Tokenizes a card as the given customer and returns the token. */
    static String tokenize(UUID customerId, String number) {
        ApiResponse response = Api.service().as(TestTokens.customer(customerId.toString()))
                .post("/api/payment-methods/tokens", card(number, "123"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("token");
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

    static Map<String, Object> cardCharge(UUID orderId, UUID customerId, String amount, String token) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("type", "CARD");
        method.put("token", token);
        return chargeBody(orderId, customerId, money(amount), method);
    }

    /** Links a PayPal payer to the customer, as the customer, and returns the PayPal token. */
    static String linkPayPal(UUID customerId, String payerEmail) {
        ApiResponse response = Api.service().as(TestTokens.customer(customerId.toString()))
                .post("/api/payment-methods/paypal", Map.of("payerEmail", payerEmail));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("token");
    }

    /** A PayPal charge through a payer the customer links first. */
    static Map<String, Object> payPalCharge(UUID orderId, UUID customerId, String amount, String payerEmail) {
        return payPalTokenCharge(orderId, customerId, amount, linkPayPal(customerId, payerEmail));
    }

    static Map<String, Object> payPalTokenCharge(UUID orderId, UUID customerId, String amount, String payPalToken) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("type", "PAYPAL");
        method.put("token", payPalToken);
        return chargeBody(orderId, customerId, money(amount), method);
    }

    static Map<String, Object> chargeBody(UUID orderId, UUID customerId, Object amount, Object method) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId == null ? null : orderId.toString());
        body.put("customerId", customerId == null ? null : customerId.toString());
        body.put("amount", amount);
        body.put("method", method);
        return body;
    }

    static Api asService() {
        return Api.service().as(TestTokens.service());
    }

    static Api asService(String idempotencyKey) {
        return asService().header("Idempotency-Key", idempotencyKey);
    }

    /** A charge as the order service makes it, with a fresh Idempotency-Key. */
    static ApiResponse charge(Object body) {
        return asService(UUID.randomUUID().toString()).post("/api/payments", body);
    }

    /** A payment, and who paid it for which order. */
    record Paid(String id, UUID customerId, UUID orderId) {
    }

    /** A captured card payment of the amount for a new order of a new customer. */
    static Paid capturedPayment(String amount) {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        ApiResponse response = charge(cardCharge(order, customer, amount, tokenize(customer, APPROVED)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Paid(response.text("id"), customer, order);
    }

    static Map<String, Object> refundBody(Object amount, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (amount != null) {
            body.put("amount", amount);
        }
        body.put("reason", reason);
        return body;
    }

    static ApiResponse refund(String paymentId, Object body) {
        return asService(UUID.randomUUID().toString()).post("/api/payments/" + paymentId + "/refunds", body);
    }

    static long count(String sql, Object... parameters) {
        try (Connection c = TestEnvironment.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal decimal(String sql, Object... parameters) {
        try (Connection c = TestEnvironment.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one SQL statement against the service's database (to stage what only time or a crash makes). */
    static int execute(String sql, Object... parameters) {
        try (Connection c = TestEnvironment.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long paymentsOfOrder(UUID orderId) {
        return count("select count(*) from payments where order_id = ?", orderId);
    }
}
