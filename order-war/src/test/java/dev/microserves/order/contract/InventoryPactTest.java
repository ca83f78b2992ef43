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
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.microserves.order.client.InventoryClient;
import dev.microserves.order.client.ReservationPage;
import dev.microserves.order.client.ReservationRequest;
import dev.microserves.order.client.ReservationView;
import dev.microserves.order.domain.InsufficientStock;
import dev.microserves.order.domain.SagaStep;
import dev.microserves.order.domain.StepRefused;
import dev.microserves.order.domain.UnknownReference;
import dev.microserves.testing.CommittedPacts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the order service's saga needs from the inventory service: hold stock for an order (with the
 * prices and weights it prices by), the refusals it maps (409 insufficient-stock with its shortages,
 * 422 unknown-product, 404), commit, release and return of a reservation, and the lookup by order id
 * that recovery and reconciliation use.
 */
@ExtendWith({CommittedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = "inventory", pactVersion = PactSpecVersion.V3)
class InventoryPactTest {

    private static final UUID HELD_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000001");
    private static final UUID SHORT_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000002");
    private static final UUID UNKNOWN_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000003");
    private static final UUID COMMIT_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000004");
    private static final UUID RELEASE_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    private static final UUID RETURN_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000006");
    private static final UUID LOOKUP_ORDER = UUID.fromString("0a000000-0000-4000-8000-000000000007");
    private static final UUID RESERVATION = UUID.fromString("0b000000-0000-4000-8000-000000000001");
    private static final UUID NO_RESERVATION = UUID.fromString("0b000000-0000-4000-8000-0000000000ff");

    @Pact(consumer = "order")
    RequestResponsePact reserveHeld(PactDslWithProvider provider) {
        return reserve(provider.given("product PACT-HELD has 10 in stock at 4.50 USD, 250 g"), HELD_ORDER, "PACT-HELD", 2,
                "stock held for an order")
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("id", RESERVATION)
                        .uuid("orderId", HELD_ORDER)
                        .stringValue("status", "HELD")
                        .minArrayLike("items", 1)
                            .stringValue("sku", "PACT-HELD")
                            .integerType("quantity", 2)
                            .object("unitPrice")
                                .stringMatcher("amount", "[0-9]+\\.[0-9]{2}", "4.50")
                                .stringMatcher("currency", "[A-Z]{3}", "USD")
                            .closeObject().asBody()
                            .integerType("weightGrams", 250)
                        .closeObject()
                        .closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "reserveHeld")
    void aHoldAnswersWithThePricesAndWeightsTheOrderIsPricedBy(MockServer server) {
        ReservationView held = client(server).reserve(BEARER, SagaStep.RESERVE.idempotencyKey(HELD_ORDER),
                new ReservationRequest(HELD_ORDER, List.of(new ReservationRequest.Item("PACT-HELD", 2))));

        assertThat(held.id()).isNotNull();
        assertThat(held.orderId()).isEqualTo(HELD_ORDER);
        assertThat(held.status()).isEqualTo("HELD");
        assertThat(held.items()).singleElement().satisfies(item -> {
            assertThat(item.unitPrice().amount()).isEqualTo("4.50");
            assertThat(item.weightGrams()).isEqualTo(250);
        });
    }

    @Pact(consumer = "order")
    RequestResponsePact reserveShort(PactDslWithProvider provider) {
        return reserve(provider.given("product PACT-SHORT has 1 in stock"), SHORT_ORDER, "PACT-SHORT", 5,
                "stock held for an order when a line is short")
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .body(new PactDslJsonBody()
                        .stringValue("type", PROBLEMS + "insufficient-stock")
                        .integerType("status", 409)
                        .minArrayLike("shortages", 1)
                            .stringValue("sku", "PACT-SHORT")
                            .integerType("requested", 5)
                            .integerType("available", 1)
                        .closeObject()
                        .closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "reserveShort")
    void aShortLineIsRefusedWithItsShortage(MockServer server) {
        assertThatThrownBy(() -> client(server).reserve(BEARER, SagaStep.RESERVE.idempotencyKey(SHORT_ORDER),
                new ReservationRequest(SHORT_ORDER, List.of(new ReservationRequest.Item("PACT-SHORT", 5)))))
                .isInstanceOfSatisfying(InsufficientStock.class, refused -> assertThat(refused.extensions().get("shortages"))
                        .isEqualTo(List.of(new InsufficientStock.Shortage("PACT-SHORT", 5, 1))));
    }

    @Pact(consumer = "order")
    RequestResponsePact reserveUnknown(PactDslWithProvider provider) {
        return reserve(provider.given("no product PACT-NONE"), UNKNOWN_ORDER, "PACT-NONE", 1,
                "stock held for an order naming an unknown product")
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .body(new PactDslJsonBody()
                        .stringValue("type", PROBLEMS + "unknown-product")
                        .integerType("status", 422))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "reserveUnknown")
    void anUnknownProductIsAnUnknownReference(MockServer server) {
        assertThatThrownBy(() -> client(server).reserve(BEARER, SagaStep.RESERVE.idempotencyKey(UNKNOWN_ORDER),
                new ReservationRequest(UNKNOWN_ORDER, List.of(new ReservationRequest.Item("PACT-NONE", 1)))))
                .isInstanceOf(UnknownReference.class);
    }

    @Pact(consumer = "order")
    RequestResponsePact commit(PactDslWithProvider provider) {
        return transition(provider, "a held reservation", COMMIT_ORDER, "commit");
    }

    @Test
    @PactTestFor(pactMethod = "commit")
    void aHeldReservationIsCommitted(MockServer server) {
        client(server).commit(BEARER, SagaStep.COMMIT.idempotencyKey(COMMIT_ORDER), RESERVATION);
    }

    @Pact(consumer = "order")
    RequestResponsePact release(PactDslWithProvider provider) {
        return transition(provider, "a held reservation", RELEASE_ORDER, "release");
    }

    @Test
    @PactTestFor(pactMethod = "release")
    void aHeldReservationIsReleased(MockServer server) {
        client(server).release(BEARER, SagaStep.RELEASE.idempotencyKey(RELEASE_ORDER), RESERVATION);
    }

    @Pact(consumer = "order")
    RequestResponsePact returnStock(PactDslWithProvider provider) {
        return transition(provider, "a committed reservation", RETURN_ORDER, "return");
    }

    @Test
    @PactTestFor(pactMethod = "returnStock")
    void aCommittedReservationIsReturned(MockServer server) {
        client(server).returnStock(BEARER, SagaStep.RETURN.idempotencyKey(RETURN_ORDER), RESERVATION);
    }

    @Pact(consumer = "order")
    RequestResponsePact commitUnknown(PactDslWithProvider provider) {
        return provider.given("no reservation " + NO_RESERVATION)
                .uponReceiving("a commit of a reservation that does not exist")
                .method("POST")
                .path("/api/reservations/" + NO_RESERVATION + "/commit")
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .body(new PactDslJsonBody().stringValue("type", PROBLEMS + "not-found"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "commitUnknown")
    void anUnknownReservationIsARefusalNotAFailure(MockServer server) {
        assertThatThrownBy(() -> client(server).commit(BEARER, null, NO_RESERVATION))
                .isInstanceOfSatisfying(StepRefused.class, refused -> assertThat(refused.peerStatus()).isEqualTo(404));
    }

    @Pact(consumer = "order")
    RequestResponsePact findByOrder(PactDslWithProvider provider) {
        return provider.given("a held reservation", Map.of("orderId", LOOKUP_ORDER.toString()))
                .uponReceiving("the reservations of an order")
                .method("GET")
                .path("/api/reservations")
                .query("orderId=" + LOOKUP_ORDER)
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .minArrayLike("items", 1)
                            .uuid("id", RESERVATION)
                            .uuid("orderId", LOOKUP_ORDER)
                            .stringMatcher("status", "HELD|COMMITTED|RELEASED|RETURNED", "HELD")
                        .closeObject()
                        .closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "findByOrder")
    void anOrdersReservationsAreFoundByItsId(MockServer server) {
        ReservationPage page = client(server).findByOrder(BEARER, LOOKUP_ORDER);

        assertThat(page.items()).singleElement().satisfies(found -> {
            assertThat(found.orderId()).isEqualTo(LOOKUP_ORDER);
            assertThat(found.status()).isEqualTo("HELD");
        });
    }

    private static PactDslRequestWithPath reserve(PactDslWithState provider, UUID orderId, String sku, int quantity,
                                                  String description) {
        return provider
                .uponReceiving(description)
                .method("POST")
                .path("/api/reservations")
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("Idempotency-Key", keyShape("reserve"), SagaStep.RESERVE.idempotencyKey(orderId))
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("orderId", orderId.toString())
                        .array("items")
                            .object()
                                .stringValue("sku", sku)
                                .numberValue("quantity", quantity)
                            .closeObject()
                        .closeArray());
    }

    /** A reservation transition the saga sends with its step's key; the id comes from the provider's state. */
    private static RequestResponsePact transition(PactDslWithProvider provider, String state, UUID order, String step) {
        return provider.given(state, Map.of("orderId", order.toString()))
                .uponReceiving("a " + step + " of a reservation")
                .method("POST")
                .pathFromProviderState("/api/reservations/${reservationId}/" + step,
                        "/api/reservations/" + RESERVATION + "/" + step)
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("Idempotency-Key", keyShape(step), step + ":" + order)
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .willRespondWith()
                .status(200)
                .toPact();
    }

    private static InventoryClient client(MockServer server) {
        return PactClients.client(server, InventoryClient.class);
    }
}
