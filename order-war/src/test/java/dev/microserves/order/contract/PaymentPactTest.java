package dev.microserves.order.contract;

import static dev.microserves.order.contract.PactClients.BEARER;
import static dev.microserves.order.contract.PactClients.BEARER_SHAPE;
import static dev.microserves.order.contract.PactClients.PROBLEMS;
import static dev.microserves.order.contract.PactClients.PROBLEM_JSON;
import static dev.microserves.order.contract.PactClients.PROBLEM_JSON_SHAPE;
import static dev.microserves.order.contract.PactClients.TRACEPARENT;
import static dev.microserves.order.contract.PactClients.TRACEPARENT_SHAPE;
import static dev.microserves.order.contract.PactClients.keyShape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.microserves.order.client.ChargeRequest;
import dev.microserves.order.client.MoneyJson;
import dev.microserves.order.client.PaymentClient;
import dev.microserves.order.client.PaymentPage;
import dev.microserves.order.client.PaymentView;
import dev.microserves.order.client.PeerFailure;
import dev.microserves.order.client.RefundRequest;
import dev.microserves.order.domain.PaymentDeclined;
import dev.microserves.order.domain.SagaStep;
import dev.microserves.order.domain.StepRefused;
import dev.microserves.testing.CommittedPacts;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the saga needs from the payment service: a charge by card token (captured), the refusals it
 * maps (402 payment-declined with its declineCode, 503 processor-unavailable with Retry-After, 422 an
 * unknown token), the lookup by order id, and the refund of a capture.
 */
@ExtendWith({CommittedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = "payment", pactVersion = PactSpecVersion.V3)
class PaymentPactTest {

    private static final UUID CUSTOMER = UUID.fromString("0c000000-0000-4000-8000-000000000001");
    private static final UUID CAPTURED_ORDER = UUID.fromString("0d000000-0000-4000-8000-000000000001");
    private static final UUID DECLINED_ORDER = UUID.fromString("0d000000-0000-4000-8000-000000000002");
    private static final UUID FAILING_ORDER = UUID.fromString("0d000000-0000-4000-8000-000000000003");
    private static final UUID UNKNOWN_ORDER = UUID.fromString("0d000000-0000-4000-8000-000000000004");
    private static final UUID LOOKUP_ORDER = UUID.fromString("0d000000-0000-4000-8000-000000000005");
    private static final UUID REFUND_ORDER = UUID.fromString("0d000000-0000-4000-8000-000000000006");
    private static final UUID PAYMENT = UUID.fromString("0e000000-0000-4000-8000-000000000001");
    private static final String CARD_TOKEN = "tok_00000000000000000000000000000000";
    private static final String UNKNOWN_TOKEN = "tok_ffffffffffffffffffffffffffffffff";
    private static final MoneyJson TOTAL = new MoneyJson("15.00", "USD");

    @Pact(consumer = "order")
    RequestResponsePact chargeCaptured(PactDslWithProvider provider) {
        return charge(provider, "a card that is approved", CAPTURED_ORDER, "a charge of an order by card")
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("id", PAYMENT)
                        .uuid("orderId", CAPTURED_ORDER)
                        .stringValue("status", "CAPTURED")
                        .object("amount")
                            .stringValue("amount", "15.00")
                            .stringValue("currency", "USD")
                        .closeObject())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "chargeCaptured")
    void anApprovedCardIsCaptured(MockServer server) {
        PaymentView payment = charge(server, CAPTURED_ORDER, CARD_TOKEN);

        assertThat(payment.isCaptured()).isTrue();
        assertThat(payment.orderId()).isEqualTo(CAPTURED_ORDER);
        assertThat(payment.amount()).isEqualTo(TOTAL);
    }

    @Pact(consumer = "order")
    RequestResponsePact chargeDeclined(PactDslWithProvider provider) {
        return charge(provider, "a card that is declined", DECLINED_ORDER, "a charge of an order by a declined card")
                .willRespondWith()
                .status(402)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .body(new PactDslJsonBody()
                        .stringValue("type", PROBLEMS + "payment-declined")
                        .stringMatcher("declineCode", "card_declined|insufficient_funds|expired_card|paypal_declined",
                                "card_declined"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "chargeDeclined")
    void aDeclineCarriesItsCode(MockServer server) {
        assertThatThrownBy(() -> charge(server, DECLINED_ORDER, CARD_TOKEN))
                .isInstanceOfSatisfying(PaymentDeclined.class,
                        declined -> assertThat(declined.extensions()).containsEntry("declineCode", "card_declined"));
    }

    @Pact(consumer = "order")
    RequestResponsePact chargeProcessorDown(PactDslWithProvider provider) {
        return charge(provider, "a card whose processor fails", FAILING_ORDER, "a charge of an order when the processor fails")
                .willRespondWith()
                .status(503)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .matchHeader("Retry-After", "[0-9]+", "1")
                .body(new PactDslJsonBody().stringValue("type", PROBLEMS + "processor-unavailable"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "chargeProcessorDown")
    void aProcessorFailureIsAFailureWithNothingCaptured(MockServer server) {
        assertThatThrownBy(() -> charge(server, FAILING_ORDER, CARD_TOKEN))
                .isInstanceOfSatisfying(PeerFailure.class, failure -> assertThat(failure.maybeActed()).isFalse());
    }

    @Pact(consumer = "order")
    RequestResponsePact chargeUnknownToken(PactDslWithProvider provider) {
        return provider.given("no card token " + UNKNOWN_TOKEN)
                .uponReceiving("a charge of an order by an unknown card token")
                .method("POST")
                .path("/api/payments")
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("Idempotency-Key", keyShape("charge"), SagaStep.CHARGE.idempotencyKey(UNKNOWN_ORDER))
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(chargeBody(UNKNOWN_ORDER).stringValue("token", UNKNOWN_TOKEN).closeObject())
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .body(new PactDslJsonBody().stringValue("type", PROBLEMS + "unknown-payment-method"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "chargeUnknownToken")
    void anUnknownTokenIsARefusal(MockServer server) {
        assertThatThrownBy(() -> charge(server, UNKNOWN_ORDER, UNKNOWN_TOKEN))
                .isInstanceOfSatisfying(StepRefused.class, refused -> assertThat(refused.peerStatus()).isEqualTo(422));
    }

    @Pact(consumer = "order")
    RequestResponsePact findByOrder(PactDslWithProvider provider) {
        return provider.given("a captured payment", Map.of("orderId", LOOKUP_ORDER.toString()))
                .uponReceiving("the payments of an order")
                .method("GET")
                .path("/api/payments")
                .query("orderId=" + LOOKUP_ORDER)
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .minArrayLike("items", 1)
                            .uuid("id", PAYMENT)
                            .uuid("orderId", LOOKUP_ORDER)
                            .stringValue("status", "CAPTURED")
                            .object("amount")
                                .stringMatcher("amount", "[0-9]+\\.[0-9]{2}", "15.00")
                                .stringMatcher("currency", "[A-Z]{3}", "USD")
                            .closeObject().asBody()
                        .closeObject()
                        .closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "findByOrder")
    void anOrdersPaymentsAreFoundByItsId(MockServer server) {
        PaymentPage page = PactClients.client(server, PaymentClient.class).findByOrder(BEARER, LOOKUP_ORDER);

        assertThat(page.items()).singleElement().satisfies(payment -> {
            assertThat(payment.orderId()).isEqualTo(LOOKUP_ORDER);
            assertThat(payment.isCaptured()).isTrue();
        });
    }

    @Pact(consumer = "order")
    RequestResponsePact refund(PactDslWithProvider provider) {
        return provider.given("a captured payment", Map.of("orderId", REFUND_ORDER.toString()))
                .uponReceiving("a refund of a whole capture")
                .method("POST")
                .pathFromProviderState("/api/payments/${paymentId}/refunds", "/api/payments/" + PAYMENT + "/refunds")
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("Idempotency-Key", keyShape("refund"), SagaStep.REFUND.idempotencyKey(REFUND_ORDER))
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("reason", "order cancelled"))
                .willRespondWith()
                .status(201)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refund")
    void aCaptureIsRefunded(MockServer server) {
        PactClients.client(server, PaymentClient.class).refund(BEARER, SagaStep.REFUND.idempotencyKey(REFUND_ORDER),
                PAYMENT, new RefundRequest(null, "order cancelled"));
    }

    /** A charge of the state's card: its token is the provider's (injected), the customer the state's. */
    private static PactDslRequestWithPath charge(PactDslWithProvider provider, String state, UUID orderId,
                                                 String description) {
        return provider.given(state, Map.of("customerId", CUSTOMER.toString()))
                .uponReceiving(description)
                .method("POST")
                .path("/api/payments")
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("Idempotency-Key", keyShape("charge"), SagaStep.CHARGE.idempotencyKey(orderId))
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(chargeBody(orderId).valueFromProviderState("token", "${cardToken}", CARD_TOKEN).closeObject());
    }

    /** The charge's body up to its method's token (left open for it). */
    private static PactDslJsonBody chargeBody(UUID orderId) {
        return new PactDslJsonBody()
                .stringValue("orderId", orderId.toString())
                .stringValue("customerId", CUSTOMER.toString())
                .object("amount")
                    .stringValue("amount", TOTAL.amount())
                    .stringValue("currency", TOTAL.currency())
                .closeObject().asBody()
                .object("method")
                    .stringValue("type", "CARD");
    }

    private static PaymentView charge(MockServer server, UUID orderId, String token) {
        return PactClients.client(server, PaymentClient.class).charge(BEARER, SagaStep.CHARGE.idempotencyKey(orderId),
                new ChargeRequest(orderId, CUSTOMER, TOTAL, new ChargeRequest.Method("CARD", token)));
    }
}
