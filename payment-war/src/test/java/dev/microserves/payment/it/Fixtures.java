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
        return single(sql, r -> r.getLong(1), parameters);
    }

    static BigDecimal decimal(String sql, Object... parameters) {
        return single(sql, r -> r.getBigDecimal(1), parameters);
    }

    static String text(String sql, Object... parameters) {
        return single(sql, r -> r.getString(1), parameters);
    }

    /** Reads one column of a query's first row. */
    interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> T single(String sql, Column<T> column, Object... parameters) {
        try (Connection c = TestEnvironment.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return column.read(r);
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

    /**
     * What a request that died between claiming its order and sending the charge leaves behind: a
     * payment PENDING since {@code age} ago (an SQL interval) that no gateway has heard of.
     */
    static void pendingSince(String age, UUID paymentId, UUID orderId, UUID customerId, String cardToken, String processor) {
        execute("insert into payments (id, order_id, customer_id, amount, currency, processor, method_type, card_token, "
                + "status, created_at, updated_at, version) values (?, ?, ?, 20.00, 'USD', ?, 'CARD', ?, 'PENDING', "
                + "now() - ?::interval, now() - ?::interval, 0)", paymentId, orderId, customerId, processor, cardToken, age, age);
    }

    /**
     * What a request that died after its gateway answered, but before the answer was recorded,
     * leaves once the pending timeout has passed: the payment PENDING since long ago, with no
     * outcome. The gateway still knows what it did with the charge.
     */
    static void forgetOutcome(String paymentId) {
        int changed = execute("update payments set status = 'PENDING', gateway_reference = null, decline_code = null, "
                + "failure_reason = null, created_at = now() - interval '10 minutes', "
                + "updated_at = now() - interval '10 minutes' where id = ?::uuid", paymentId);
        assertThat(changed).isEqualTo(1);
    }

    /** ...and the request's Idempotency-Key still claimed by it, the claim's lease run out. */
    static void forgetAnswer(String idempotencyKey) {
        int changed = execute("update idempotency_keys set state = 'IN_FLIGHT', response_status = null, "
                + "response_type = null, response_body = null, response_location = null, completed_at = null, "
                + "locked_until = now() - interval '1 second' where idem_key = ?", idempotencyKey);
        assertThat(changed).isEqualTo(1);
    }

    static long paymentsOfOrder(UUID orderId) {
        return count("select count(*) from payments where order_id = ?", orderId);
    }
}
