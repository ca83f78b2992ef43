package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.APPROVED;
import static dev.microserves.payment.it.Fixtures.cardCharge;
import static dev.microserves.payment.it.Fixtures.capturedPayment;
import static dev.microserves.payment.it.Fixtures.chargeBody;
import static dev.microserves.payment.it.Fixtures.money;
import static dev.microserves.payment.it.Fixtures.refundBody;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static dev.microserves.payment.it.Hostile.assertInvalid;
import static dev.microserves.payment.it.Hostile.rowCounts;
import static dev.microserves.testing.Concurrently.allAtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks of issue 9 on the payment service's text fields: inputs built to make a pattern
 * backtrack, which must be refused at once (every request has a deadline, so a slow answer fails
 * the test), and the control characters the contract forbids, which must be refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileTextIT {

    /** "a@" and 200,000 dots and "@": quadratic for a pattern like [^@]+@[^@]+\.[^@]+, instant for a linear check. */
    private static final String BACKTRACKING_EMAIL = "a@" + ".".repeat(200_000) + "@";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void aHugeReasonEndingInAControlCharacterIsRefusedAtOnce() {
        Fixtures.Paid paid = capturedPayment("10.00");
        Map<String, Long> before = rowCounts();

        RawHttp.Reply reply = refund(paid.id(), refundBody(money("1.00"), " ".repeat(200_000) + "\u0007"));

        assertInvalid("a reason of 200,000 spaces and BEL", "reason", reply);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anEmailBuiltToBacktrackIsRefusedAtOnceEvenTwiceAtOnceAtEachEndpoint() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("type", "PAYPAL");
        method.put("payerEmail", BACKTRACKING_EMAIL);
        String charge = json(chargeBody(order, customer, money("5.00"), method));
        String link = json(Map.of("payerEmail", BACKTRACKING_EMAIL));
        Map<String, Long> before = rowCounts();

        List<Callable<RawHttp.Reply>> attacks = List.of(
                () -> RawHttp.send("POST", "/api/payment-methods/paypal", customerHeaders(customer), link),
                () -> RawHttp.send("POST", "/api/payment-methods/paypal", customerHeaders(customer), link),
                () -> RawHttp.send("POST", "/api/payments", serviceHeaders(), charge),
                () -> RawHttp.send("POST", "/api/payments", serviceHeaders(), charge));
        List<RawHttp.Reply> replies = allAtOnce(attacks);

        assertInvalid("linking the backtracking e-mail", "payerEmail", replies.get(0));
        assertInvalid("linking the backtracking e-mail, twice", "payerEmail", replies.get(1));
        assertInvalid("charging the backtracking e-mail", "method.payerEmail", replies.get(2));
        assertInvalid("charging the backtracking e-mail, twice", "method.payerEmail", replies.get(3));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void everyForbiddenCharacterIsRefusedInEveryTextFieldAndNothingIsStored() {
        Fixtures.Paid paid = capturedPayment("10.00");
        UUID customer = UUID.randomUUID();
        String card = tokenize(customer, APPROVED);
        Map<String, Long> before = rowCounts();

        Hostile.CONTROL_CHARACTERS.forEach((name, c) -> {
            assertInvalid(name + " in a refund reason", "reason",
                    refund(paid.id(), refundBody(money("1.00"), "order " + c + "cancelled")));
            assertInvalid(name + " at the end of a refund reason", "reason",
                    refund(paid.id(), refundBody(money("1.00"), "order cancelled" + c)));
            assertInvalid(name + " in a PayPal payer", "payerEmail", RawHttp.send("POST", "/api/payment-methods/paypal",
                    customerHeaders(customer), json(Map.of("payerEmail", "buy" + c + "er@example.com"))));
            assertInvalid(name + " in a method type", "method.type",
                    charge(chargeBody(UUID.randomUUID(), customer, money("1.00"), Map.of("type", "CA" + c + "RD", "token", card))));
            assertInvalid(name + " in a method token", "method.token",
                    charge(chargeBody(UUID.randomUUID(), customer, money("1.00"),
                            Map.of("type", "CARD", "token", card.substring(0, 20) + c + card.substring(21)))));
            assertInvalid(name + " in an amount", "amount.amount",
                    charge(cardCharge(UUID.randomUUID(), customer, "1.0" + c, card)));
            assertInvalid(name + " in a currency", "amount.currency",
                    charge(chargeBody(UUID.randomUUID(), customer, money("1.00", "U" + c + "D"), Map.of("type", "CARD", "token", card))));
        });

        assertThat(rowCounts()).isEqualTo(before);
    }

    private static RawHttp.Reply refund(String paymentId, Object body) {
        Map<String, String> headers = serviceHeaders();
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        return RawHttp.send("POST", "/api/payments/" + paymentId + "/refunds", headers, json(body));
    }

    private static RawHttp.Reply charge(Object body) {
        return RawHttp.send("POST", "/api/payments", serviceHeaders(), json(body));
    }

    static Map<String, String> serviceHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + TestTokens.service());
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        return headers;
    }

    static Map<String, String> customerHeaders(UUID customer) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + TestTokens.customer(customer.toString()));
        return headers;
    }

    static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
