package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.APPROVED;
import static dev.microserves.payment.it.Fixtures.CARD_DECLINED;
import static dev.microserves.payment.it.Fixtures.EXPIRED_CARD;
import static dev.microserves.payment.it.Fixtures.INSUFFICIENT_FUNDS;
import static dev.microserves.payment.it.Fixtures.PROCESSOR_ERROR;
import static dev.microserves.payment.it.Fixtures.asService;
import static dev.microserves.payment.it.Fixtures.cardCharge;
import static dev.microserves.payment.it.Fixtures.charge;
import static dev.microserves.testing.Concurrently.allAtOnce;
import static dev.microserves.payment.it.Fixtures.count;
import static dev.microserves.payment.it.Fixtures.money;
import static dev.microserves.payment.it.Fixtures.payPalCharge;
import static dev.microserves.payment.it.Fixtures.paymentsOfOrder;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    private static final String PAYMENTS = "/api/payments";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void capturesATokenizedCardAndAnswersWithThePayment() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);

        ApiResponse created = charge(cardCharge(order, customer, "19.99", token));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.text("orderId")).isEqualTo(order.toString());
        assertThat(created.text("customerId")).isEqualTo(customer.toString());
        assertThat(created.text("status")).isEqualTo("CAPTURED");
        assertThat(created.text("/amount/amount")).isEqualTo("19.99");
        assertThat(created.text("/amount/currency")).isEqualTo("USD");
        assertThat(created.text("/refundedAmount/amount")).isEqualTo("0.00");
        assertThat(created.text("processor")).isEqualTo("card");
        assertThat(created.text("/method/type")).isEqualTo("CARD");
        assertThat(created.text("/method/brand")).isEqualTo("visa");
        assertThat(created.text("/method/last4")).isEqualTo("4242");
        assertThat(created.json().has("declineCode")).isFalse();
        assertThat(Instant.parse(created.text("createdAt"))).isBefore(Instant.now().plusSeconds(5));
        assertThat(created.header("Location")).hasValue(TestEnvironment.baseUri().resolve(PAYMENTS + "/" + id).toString());

        ApiResponse read = asService().get(PAYMENTS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(count("select count(*) from payments where id = ?::uuid and status = 'CAPTURED' "
                + "and gateway_reference like 'ch\\_%' and amount = 19.99", id)).isEqualTo(1);
    }

    @Test
    void capturesAPayPalPayer() {
        UUID order = UUID.randomUUID();

        ApiResponse created = charge(payPalCharge(order, UUID.randomUUID(), "5.00", "buyer@example.com"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("processor")).isEqualTo("paypal");
        assertThat(created.text("/method/type")).isEqualTo("PAYPAL");
        assertThat(created.text("/method/payerEmail")).isEqualTo("buyer@example.com");
        assertThat(count("select count(*) from payments where order_id = ? and status = 'CAPTURED' "
                + "and gateway_reference like 'PAYID-%' and paypal_token like 'pp\\_%'", order)).isEqualTo(1);
    }

    @Test
    void eachDecliningTestCardIsA402WithItsCodeAndTheAttemptIsRecorded() {
        Map<String, String> cards = Map.of(CARD_DECLINED, "card_declined", INSUFFICIENT_FUNDS, "insufficient_funds",
                EXPIRED_CARD, "expired_card");
        cards.forEach((number, declineCode) -> {
            UUID customer = UUID.randomUUID();
            UUID order = UUID.randomUUID();

            ApiResponse declined = charge(cardCharge(order, customer, "42.00", tokenize(customer, number)));

            assertProblem(declined, 402, "payment-declined");
            assertThat(declined.text("declineCode")).isEqualTo(declineCode);
            assertThat(declined.text("orderId")).isEqualTo(order.toString());
            ApiResponse recorded = asService().get(PAYMENTS + "/" + declined.text("paymentId"));
            assertThat(recorded.text("status")).isEqualTo("DECLINED");
            assertThat(recorded.text("declineCode")).isEqualTo(declineCode);
            assertThat(count("select count(*) from payments where order_id = ? and status = 'DECLINED' "
                    + "and decline_code = ?", order, declineCode)).isEqualTo(1);
            assertThat(count("select count(*) from payments where order_id = ? and status = 'CAPTURED'", order)).isZero();
        });
    }

    @Test
    void aPayPalPayerAtTheDecliningDomainIsDeclined() {
        UUID order = UUID.randomUUID();

        ApiResponse declined = charge(payPalCharge(order, UUID.randomUUID(), "5.00", "broke@decline.test"));

        assertProblem(declined, 402, "payment-declined");
        assertThat(declined.text("declineCode")).isEqualTo("paypal_declined");
        assertThat(count("select count(*) from payments where order_id = ? and status = 'DECLINED'", order)).isEqualTo(1);
    }

    @Test
    void aGatewayFailureIsA503ThatCapturesNothingAndMayBeRetried() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "30.00", tokenize(customer, PROCESSOR_ERROR));
        String key = UUID.randomUUID().toString();

        ApiResponse failed = asService(key).post(PAYMENTS, body);

        assertProblem(failed, 503, "processor-unavailable");
        assertThat(failed.header("Retry-After")).isPresent();
        assertThat(count("select count(*) from payments where order_id = ? and status = 'FAILED'", order)).isEqualTo(1);
        assertThat(count("select count(*) from payments where order_id = ? and status <> 'FAILED'", order)).isZero();

        // Not a final answer: the same key runs again (and fails again, recorded again)...
        ApiResponse retried = asService(key).post(PAYMENTS, body);
        assertProblem(retried, 503, "processor-unavailable");
        assertThat(retried.header("Idempotent-Replayed")).isEmpty();
        assertThat(count("select count(*) from payments where order_id = ? and status = 'FAILED'", order)).isEqualTo(2);

        // ...and the order can still be paid.
        ApiResponse paid = charge(cardCharge(order, customer, "30.00", tokenize(customer, APPROVED)));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    }

    @Test
    void aDeclinedOrderCanBePaidWithAnotherMethodAndEveryAttemptIsListed() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        assertThat(charge(cardCharge(order, customer, "12.50", tokenize(customer, CARD_DECLINED))).status()).isEqualTo(402);
        assertThat(charge(payPalCharge(order, customer, "12.50", "no@decline.test")).status()).isEqualTo(402);

        ApiResponse paid = charge(payPalCharge(order, customer, "12.50", "yes@example.com"));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        ApiResponse attempts = asService().get(PAYMENTS + "?orderId=" + order);
        assertThat(attempts.json().path("totalItems").asInt()).isEqualTo(3);
        List<String> statuses = new ArrayList<>();
        attempts.json().path("items").forEach(item -> statuses.add(item.path("status").asText()));
        assertThat(statuses).containsExactly("DECLINED", "DECLINED", "CAPTURED");
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerMarkedAsReplayed() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "8.00", tokenize(customer, APPROVED));
        String key = UUID.randomUUID().toString();

        ApiResponse first = asService(key).post(PAYMENTS, body);
        ApiResponse again = asService(key).post(PAYMENTS, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(paymentsOfOrder(order)).isEqualTo(1);

        // A refusal is an answer too: replayed as it was, without charging again.
        UUID declinedOrder = UUID.randomUUID();
        Map<String, Object> declinedBody = cardCharge(declinedOrder, customer, "8.00", tokenize(customer, CARD_DECLINED));
        String declinedKey = UUID.randomUUID().toString();
        ApiResponse declined = asService(declinedKey).post(PAYMENTS, declinedBody);
        ApiResponse declinedAgain = asService(declinedKey).post(PAYMENTS, declinedBody);
        assertProblem(declinedAgain, 402, "payment-declined");
        // The same problem, trace id included; only the instance (the request path) is not kept by the store.
        assertThat(withoutInstance(declinedAgain)).isEqualTo(withoutInstance(declined));
        assertThat(declinedAgain.header("Idempotent-Replayed")).hasValue("true");
        assertThat(paymentsOfOrder(declinedOrder)).isEqualTo(1);
    }

    @Test
    void reusingAKeyForAnotherRequestIsA422() {
        UUID customer = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        String key = UUID.randomUUID().toString();
        UUID order = UUID.randomUUID();
        assertThat(asService(key).post(PAYMENTS, cardCharge(order, customer, "8.00", token)).status()).isEqualTo(201);

        UUID otherOrder = UUID.randomUUID();
        assertProblem(asService(key).post(PAYMENTS, cardCharge(otherOrder, customer, "8.00", token)), 422,
                "idempotency-key-reuse");
        assertProblem(asService(key).post(PAYMENTS, cardCharge(order, customer, "9.00", token)), 422,
                "idempotency-key-reuse");
        assertThat(paymentsOfOrder(otherOrder)).isZero();
        assertThat(paymentsOfOrder(order)).isEqualTo(1);
    }

    @Test
    void aChargeNeedsAValidIdempotencyKey() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "8.00", tokenize(customer, APPROVED));

        assertProblem(asService().post(PAYMENTS, body), 400, "idempotency-key-missing");
        assertProblem(asService("has space").post(PAYMENTS, body), 400, "validation");
        assertProblem(asService("k".repeat(256)).post(PAYMENTS, body), 400, "validation");
        assertThat(paymentsOfOrder(order)).isZero();
    }

    @Test
    void aSecondChargeForAPaidOrderGetsTheCapturedPaymentAndChargesNothing() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        ApiResponse first = charge(cardCharge(order, customer, "60.00", token));
        assertThat(first.status()).isEqualTo(201);

        ApiResponse second = charge(cardCharge(order, customer, "60.00", token));
        ApiResponse byPayPal = charge(payPalCharge(order, customer, "60.00", "buyer@example.com"));

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(byPayPal.status()).isEqualTo(200);
        assertThat(byPayPal.text("id")).isEqualTo(first.text("id"));
        assertThat(paymentsOfOrder(order)).isEqualTo(1);

        ApiResponse otherAmount = charge(cardCharge(order, customer, "61.00", token));
        assertProblem(otherAmount, 409, "order-already-paid");
        assertThat(otherAmount.text("paymentId")).isEqualTo(first.text("id"));
        UUID stranger = UUID.randomUUID();
        assertProblem(charge(cardCharge(order, stranger, "60.00", tokenize(stranger, APPROVED))), 409, "order-already-paid");
        assertThat(paymentsOfOrder(order)).isEqualTo(1);
    }

    @Test
    void concurrentChargesForOneOrderUnderDifferentKeysCaptureExactlyOnce() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        List<Callable<ApiResponse>> charges = Collections.nCopies(12, () -> charge(cardCharge(order, customer, "75.00", token)));

        List<ApiResponse> answers = allAtOnce(charges);

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(ApiResponse::status, Collectors.counting()));
        assertThat(byStatus.keySet()).as(answers.toString()).isSubsetOf(201, 200, 409);
        assertThat(byStatus.get(201)).as(answers.toString()).isEqualTo(1);
        String captured = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().text("id");
        answers.stream().filter(a -> a.status() == 200).forEach(a -> assertThat(a.text("id")).isEqualTo(captured));
        answers.stream().filter(a -> a.status() == 409).forEach(a -> assertProblem(a, 409, "idempotency-in-flight"));
        assertThat(count("select count(*) from payments where order_id = ? and status = 'CAPTURED'", order)).isEqualTo(1);
        assertThat(paymentsOfOrder(order)).isEqualTo(1);
    }

    @Test
    void concurrentTwinsUnderOneKeyChargeOnce() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "15.00", tokenize(customer, APPROVED));
        String key = UUID.randomUUID().toString();

        List<Callable<ApiResponse>> twins = Collections.nCopies(8, () -> asService(key).post(PAYMENTS, body));

        List<ApiResponse> answers = allAtOnce(twins);

        assertThat(answers.stream().filter(a -> a.status() == 201 && a.header("Idempotent-Replayed").isEmpty()).count())
                .as(answers.toString()).isEqualTo(1);
        answers.stream().filter(a -> a.status() != 201).forEach(a -> assertProblem(a, 409, "idempotency-in-flight"));
        assertThat(paymentsOfOrder(order)).isEqualTo(1);
    }

    @Test
    void aChargeLeftPendingByACrashedRequestHoldsItsOrderUntilTheTimeoutOnly() {
        UUID customer = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        UUID busyOrder = UUID.randomUUID();
        UUID crashedOrder = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        Fixtures.pendingSince("1 second", UUID.randomUUID(), busyOrder, customer, token, "card");
        Fixtures.pendingSince("10 minutes", stale, crashedOrder, customer, token, "card");

        ApiResponse busy = charge(cardCharge(busyOrder, customer, "20.00", token));
        ApiResponse recovered = charge(cardCharge(crashedOrder, customer, "20.00", token));

        assertProblem(busy, 409, "idempotency-in-flight");
        assertThat(busy.header("Retry-After")).hasValue("1");
        assertThat(paymentsOfOrder(busyOrder)).isEqualTo(1);
        assertThat(recovered.status()).as(recovered.toString()).isEqualTo(201);
        assertThat(count("select count(*) from payments where id = ? and status = 'FAILED'", stale)).isEqualTo(1);
        assertThat(count("select count(*) from payments where order_id = ? and status = 'CAPTURED'", crashedOrder))
                .isEqualTo(1);
    }

    @Test
    void aChargeTheGatewayCapturedBeforeItsRequestDiedIsFoundCapturedWhenTheRequestIsRetried() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "44.00", tokenize(customer, APPROVED));
        String key = UUID.randomUUID().toString();
        ApiResponse first = asService(key).post(PAYMENTS, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String id = first.text("id");
        String transaction = Fixtures.text("select gateway_reference from payments where id = ?::uuid", id);
        Fixtures.forgetOutcome(id);
        Fixtures.forgetAnswer(key);

        ApiResponse retried = asService(key).post(PAYMENTS, body);

        // The gateway has the capture: the payment is it, never "nothing was charged" and a second capture.
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.text("id")).isEqualTo(id);
        assertThat(retried.text("status")).isEqualTo("CAPTURED");
        ApiResponse byOrder = asService().get(PAYMENTS + "?orderId=" + order);
        assertThat(byOrder.json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(byOrder.text("/items/0/status")).isEqualTo("CAPTURED");
        assertThat(count("select count(*) from payments where id = ?::uuid and status = 'CAPTURED' "
                + "and gateway_reference = ?", id, transaction)).isEqualTo(1);
        ApiResponse refund = Fixtures.refund(id, Fixtures.refundBody(null, "order cancelled"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
    }

    @Test
    void aStalePendingChargeEndsAsItsGatewaySaysWhateverKeyFindsIt() {
        UUID customer = UUID.randomUUID();
        UUID capturedOrder = UUID.randomUUID();
        String payPal = Fixtures.linkPayPal(customer, "buyer@example.com");
        ApiResponse captured = charge(Fixtures.payPalTokenCharge(capturedOrder, customer, "18.00", payPal));
        assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
        Fixtures.forgetOutcome(captured.text("id"));
        UUID declinedOrder = UUID.randomUUID();
        ApiResponse declined = charge(cardCharge(declinedOrder, customer, "18.00", tokenize(customer, CARD_DECLINED)));
        assertProblem(declined, 402, "payment-declined");
        Fixtures.forgetOutcome(declined.text("paymentId"));
        UUID failedOrder = UUID.randomUUID();
        ApiResponse failed = charge(cardCharge(failedOrder, customer, "18.00", tokenize(customer, PROCESSOR_ERROR)));
        assertProblem(failed, 503, "processor-unavailable");
        Fixtures.forgetOutcome(failed.text("paymentId"));
        String approved = tokenize(customer, APPROVED);

        // Under new keys, as the order service's recovery charges.
        ApiResponse capturedAgain = charge(Fixtures.payPalTokenCharge(capturedOrder, customer, "18.00", payPal));
        ApiResponse paidAfterDecline = charge(cardCharge(declinedOrder, customer, "18.00", approved));
        ApiResponse paidAfterFailure = charge(cardCharge(failedOrder, customer, "18.00", approved));

        assertThat(capturedAgain.status()).as(capturedAgain.toString()).isEqualTo(200);
        assertThat(capturedAgain.text("id")).isEqualTo(captured.text("id"));
        assertThat(count("select count(*) from payments where order_id = ? and status = 'CAPTURED' "
                + "and gateway_reference like 'PAYID-%'", capturedOrder)).isEqualTo(1);
        assertThat(paymentsOfOrder(capturedOrder)).isEqualTo(1);
        assertThat(paidAfterDecline.status()).as(paidAfterDecline.toString()).isEqualTo(201);
        assertThat(count("select count(*) from payments where id = ?::uuid and status = 'DECLINED' "
                + "and decline_code = 'card_declined'", declined.text("paymentId"))).isEqualTo(1);
        // The gateway never took the failed charge: it has no record of it, so nothing was charged.
        assertThat(paidAfterFailure.status()).as(paidAfterFailure.toString()).isEqualTo(201);
        assertThat(count("select count(*) from payments where id = ?::uuid and status = 'FAILED'",
                failed.text("paymentId"))).isEqualTo(1);
    }

    @Test
    void aStalePendingChargeWhoseGatewayCannotBeAskedStaysInDoubt() {
        UUID customer = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        UUID order = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        // Charged by a processor this deployment no longer has: nobody can say what became of it.
        Fixtures.pendingSince("10 minutes", stale, order, customer, token, "retired");

        ApiResponse blocked = charge(cardCharge(order, customer, "20.00", token));

        assertProblem(blocked, 409, "idempotency-in-flight");
        assertThat(count("select count(*) from payments where id = ? and status = 'PENDING'", stale)).isEqualTo(1);
        assertThat(paymentsOfOrder(order)).isEqualTo(1);
    }

    @Test
    void aCardThatExpiredSinceItWasTokenizedIsDeclined() {
        UUID customer = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        // Time passes: the card's expiry is now behind us.
        Fixtures.execute("update card_tokens set exp_year = ?, exp_month = 1 where token = ?", Fixtures.nextYear(-1), token);

        ApiResponse declined = charge(cardCharge(UUID.randomUUID(), customer, "20.00", token));

        assertProblem(declined, 402, "payment-declined");
        assertThat(declined.text("declineCode")).isEqualTo("expired_card");
    }

    @Test
    void anUnknownOrAnotherCustomersTokenIsA422AndWritesNothing() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();

        assertProblem(charge(cardCharge(order, customer, "10.00", "tok_" + "x".repeat(32))), 422, "unknown-payment-method");
        String someoneElses = tokenize(UUID.randomUUID(), APPROVED);
        assertProblem(charge(cardCharge(order, customer, "10.00", someoneElses)), 422, "unknown-payment-method");
        assertThat(paymentsOfOrder(order)).isZero();

        // An admin's token belongs to no one in particular.
        String adminToken = Api.service().as(TestTokens.admin())
                .post("/api/payment-methods/tokens", Fixtures.card(APPROVED, "123")).text("token");
        assertThat(charge(cardCharge(order, customer, "10.00", adminToken)).status()).isEqualTo(201);
    }

    @Test
    void anotherCurrencyIsA422AndWritesNothing() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> method = Map.of("type", "CARD", "token", tokenize(customer, APPROVED));

        ApiResponse euros = charge(Fixtures.chargeBody(order, customer, money("10.00", "EUR"), method));

        assertProblem(euros, 422, "unsupported-currency");
        assertThat(euros.text("supportedCurrency")).isEqualTo("USD");
        assertThat(paymentsOfOrder(order)).isZero();
    }

    @Test
    void invalidMalformedOrHostileChargesAreRefusedAndWriteNothing() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String token = tokenize(customer, APPROVED);
        Map<String, Object> card = Map.of("type", "CARD", "token", token);

        Map<String, String> badAmounts = new LinkedHashMap<>();
        badAmounts.put("0.00", "amount.amount: must be greater than 0");
        badAmounts.put("-1.00", "amount.amount: " + "must be a decimal with exactly two fraction digits, e.g. 19.99");
        badAmounts.put("1.999", "amount.amount: must be a decimal with exactly two fraction digits, e.g. 19.99");
        badAmounts.put("1.5", "amount.amount: must be a decimal with exactly two fraction digits, e.g. 19.99");
        badAmounts.put("1e3", "amount.amount: must be a decimal with exactly two fraction digits, e.g. 19.99");
        badAmounts.put("12345678901.0", "amount.amount: must be a decimal with exactly two fraction digits, e.g. 19.99");
        badAmounts.put("12345678901.00", "amount.amount: size must be at most 13");
        badAmounts.forEach((amount, error) -> assertThat(errors(assertProblem(
                charge(Fixtures.chargeBody(order, customer, money(amount), card)), 400, "validation"))).containsExactly(error));
        assertThat(errors(assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00", "usd"), card)), 400, "validation")))
                .containsExactly("amount.currency: must be an ISO 4217 currency code, e.g. USD");

        assertThat(errors(assertProblem(charge(Fixtures.chargeBody(null, null, null, null)), 400, "validation")))
                .containsExactlyInAnyOrder("orderId: must not be null", "customerId: must not be null",
                        "amount: must not be null", "method: must not be null");
        assertThat(errors(assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"), Map.of("type", "BITCOIN"))),
                400, "validation"))).containsExactly("method.type: must be one of CARD, PAYPAL");
        assertThat(errors(assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"), Map.of("type", "CARD"))),
                400, "validation"))).containsExactly(
                        "method.token: is required for a CARD payment: a card token from POST /api/payment-methods/tokens");
        assertThat(errors(assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"),
                Map.of("type", "PAYPAL", "payerEmail", "a@b.example", "token", token))), 400, "validation")))
                .containsExactly("method.token: must be a PayPal token from POST /api/payment-methods/paypal",
                        "method.payerEmail: must not be given for a PAYPAL payment: its token names the payer");
        assertThat(errors(assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"),
                Map.of("type", "CARD", "token", APPROVED))), 400, "validation")))
                .containsExactly("method.token: must be a card token from POST /api/payment-methods/tokens");
        assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"),
                Map.of("type", "PAYPAL", "payerEmail", "evil\u0000@example.com"))), 400, "validation");
        assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"),
                Map.of("type", "PAYPAL", "payerEmail", "x".repeat(250) + "@example.com"))), 400, "validation");
        assertProblem(charge(Fixtures.chargeBody(order, customer, money("1.00"), Map.of("type", "card\u0007"))), 400, "validation");

        String good = "{\"orderId\": \"" + order + "\", \"customerId\": \"" + customer + "\", "
                + "\"amount\": {\"amount\": \"1.00\", \"currency\": \"USD\"}, \"method\": {\"type\": \"CARD\", \"token\": \"" + token + "\"}}";
        assertProblem(charge(good.replace(order.toString(), "not-a-uuid")), 400, "malformed-json");
        assertProblem(charge(good.substring(0, good.length() - 3)), 400, "malformed-json");
        assertProblem(charge("[" + good + "]"), 400, "malformed-json");
        assertProblem(charge(good.replace("\"amount\": {", "\"amount\": 1.00, \"x\": {")), 400, "malformed-json");
        assertProblem(charge(good.replace("\"CARD\"", "\"" + "C".repeat(1_100_000) + "\"")), 413, "payload-too-large");

        assertThat(paymentsOfOrder(order)).isZero();
        assertThat(charge(good).status()).as("the well-formed original").isEqualTo(201);
    }

    @Test
    void onlyServicesCharge() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "10.00", tokenize(customer, APPROVED));
        String key = UUID.randomUUID().toString();

        assertProblem(Api.service().as(TestTokens.customer(customer.toString())).header("Idempotency-Key", key)
                .post(PAYMENTS, body), 403, "forbidden");
        assertThat(Api.service().header("Idempotency-Key", key).post(PAYMENTS, body).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.expired("order-service", "service")).header("Idempotency-Key", key)
                .post(PAYMENTS, body).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.foreign("order-service", "service")).header("Idempotency-Key", key)
                .post(PAYMENTS, body).status()).isEqualTo(401);
        assertThat(paymentsOfOrder(order)).isZero();

        assertThat(asService(key).post(PAYMENTS, body).status()).isEqualTo(201);
    }

    @Test
    void anAdminDoesNotChargeButStillReadsAndRefunds() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Map<String, Object> body = cardCharge(order, customer, "10.00", tokenize(customer, APPROVED));
        Api asAdmin = Api.service().as(TestTokens.admin());

        ApiResponse byCard = asAdmin.header("Idempotency-Key", UUID.randomUUID().toString()).post(PAYMENTS, body);
        ApiResponse byPayPal = asAdmin.header("Idempotency-Key", UUID.randomUUID().toString())
                .post(PAYMENTS, payPalCharge(order, customer, "10.00", "buyer@example.com"));

        assertProblem(byCard, 403, "forbidden");
        assertProblem(byPayPal, 403, "forbidden");
        assertThat(paymentsOfOrder(order)).isZero();

        String paymentId = charge(body).text("id");
        assertThat(asAdmin.get(PAYMENTS + "/" + paymentId).status()).isEqualTo(200);
        assertThat(asAdmin.header("Idempotency-Key", UUID.randomUUID().toString())
                .post(PAYMENTS + "/" + paymentId + "/refunds", Fixtures.refundBody(money("1.00"), "admin goodwill"))
                .status()).isEqualTo(201);
    }

    @Test
    void aCustomerSeesItsOwnPaymentsOnly() {
        UUID payer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String id = charge(cardCharge(order, payer, "10.00", tokenize(payer, APPROVED))).text("id");
        Api asPayer = Api.service().as(TestTokens.customer(payer.toString()));
        Api asStranger = Api.service().as(TestTokens.customer(UUID.randomUUID().toString()));

        assertThat(asPayer.get(PAYMENTS + "/" + id).status()).isEqualTo(200);
        assertThat(asPayer.get(PAYMENTS + "?orderId=" + order).json().path("totalItems").asInt()).isEqualTo(1);
        ApiResponse own = asPayer.get(PAYMENTS);
        assertThat(own.json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(own.text("/items/0/id")).isEqualTo(id);

        assertProblem(asStranger.get(PAYMENTS + "/" + id), 404, "not-found");
        assertThat(asStranger.get(PAYMENTS + "?orderId=" + order).json().path("totalItems").asInt()).isZero();
        assertProblem(asStranger.get(PAYMENTS + "?customerId=" + payer), 403, "forbidden");
        assertThat(Api.service().get(PAYMENTS + "/" + id).status()).isEqualTo(401);

        assertThat(Api.service().as(TestTokens.admin()).get(PAYMENTS + "?customerId=" + payer)
                .json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(asService().get(PAYMENTS + "?orderId=" + order).text("/items/0/id")).isEqualTo(id);
    }

    @Test
    void listsArePagedInTheContractsShapeAndBadQueriesAreRefused() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String declining = tokenize(customer, CARD_DECLINED);
        charge(cardCharge(order, customer, "3.00", declining));
        charge(cardCharge(order, customer, "3.00", declining));
        charge(cardCharge(order, customer, "3.00", tokenize(customer, APPROVED)));

        ApiResponse first = asService().get(PAYMENTS + "?orderId=" + order + "&size=2");
        ApiResponse second = asService().get(PAYMENTS + "?orderId=" + order + "&size=2&page=1");

        assertThat(first.json().path("items").size()).isEqualTo(2);
        assertThat(first.json().path("page").asInt()).isZero();
        assertThat(first.json().path("size").asInt()).isEqualTo(2);
        assertThat(first.json().path("totalItems").asInt()).isEqualTo(3);
        assertThat(second.json().path("items").size()).isEqualTo(1);
        assertThat(second.text("/items/0/status")).isEqualTo("CAPTURED");

        assertProblem(asService().get(PAYMENTS + "?orderId=nope"), 400, "validation");
        assertProblem(asService().get(PAYMENTS + "?size=0"), 400, "validation");
        assertProblem(asService().get(PAYMENTS + "?size=abc"), 400, "validation");
        assertProblem(asService().get(PAYMENTS + "?page=-1"), 400, "validation");
    }

    @Test
    void unknownPaymentsAreNotFound() {
        assertProblem(asService().get(PAYMENTS + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(asService().get(PAYMENTS + "/not-a-uuid"), 404, "not-found");
    }

    private static JsonNode withoutInstance(ApiResponse problem) {
        ObjectNode body = problem.json().deepCopy();
        body.remove("instance");
        return body;
    }

    private static List<String> errors(ApiResponse problem) {
        List<String> errors = new ArrayList<>();
        problem.json().path("errors").forEach(e -> errors.add(e.path("field").asText() + ": " + e.path("message").asText()));
        return errors;
    }
}
