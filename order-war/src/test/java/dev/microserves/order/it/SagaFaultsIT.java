package dev.microserves.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.microserves.order.it.Peers.Product;
import dev.microserves.order.it.Peers.Shopper;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The saga when peers are slow, failing or lose answers: timeouts, retries only where safe,
 * compensation on every failure path, orders left PENDING and finished by the recovery job, the
 * circuit breaker and the bulkhead. Timeouts are short here (see the POM): 1.5 s for customer and
 * inventory, 2.5 s for payment.
 */
@ExtendWith(ArquillianExtension.class)
class SagaFaultsIT {

    private static final int SLOWER_THAN_INVENTORY = 3_000;
    private static final int SLOWER_THAN_PAYMENT = 4_000;

    private static Peers peers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void startPeers() {
        peers = new Peers().start().warmUp();
    }

    @AfterAll
    static void stopPeers() {
        peers.stop();
    }

    /**
     * Each test starts from a saga that works. No call of an earlier test may still hold a bulkhead
     * slot (its slow stub was released by the reset, but the call may not have returned yet). Then
     * one order is placed through healthy peers, until it is confirmed: that closes a circuit an
     * earlier test opened, and uses up a pooled connection whose late answer an earlier test gave
     * up on. Then the journal and the stubs are fresh for the test.
     */
    @BeforeEach
    void resetPeers() {
        peers.reset();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(Orders::noPeerCallsRunning);
        peers.warmUp();
        peers.reset();
    }

    private static Product product() {
        return new Product("SKU-" + UUID.randomUUID().toString().substring(0, 8), "20.00", 500);
    }

    @Test
    void aSlowCustomerServiceIsA503WithNothingReservedAndARetryWithTheSameKeyPlacesTheOrder() {
        Shopper shopper = peers.shopper();
        Product product = product();
        peers.reservable(product);
        peers.chargeable(shopper);
        StubMapping slow = peers.customer.stubFor(get(urlEqualTo("/api/customers/" + shopper.id()))
                .willReturn(okJson("{}").withFixedDelay(3_000)));
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, product.sku(), 1);

        ApiResponse unavailable = Orders.place(shopper, key, body);

        assertProblem(unavailable, 503, "dependency-unavailable");
        assertThat(unavailable.header("Retry-After")).isPresent();
        assertThat(unavailable.text("detail")).contains("customer service");
        UUID firstId = Orders.idOf(unavailable);
        assertThat(Orders.row(firstId)).containsEntry("status", "REJECTED");
        assertThat(peers.count(peers.customer, getRequestedFor(urlEqualTo("/api/customers/" + shopper.id()))))
                .as("a GET is retried once").isEqualTo(2);
        assertThat(peers.count(peers.inventory, com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/api/reservations")))).isZero();

        peers.customer.removeStub(slow);
        ApiResponse retried = Orders.place(shopper, key, body);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(Orders.idOf(retried)).as("a new attempt").isNotEqualTo(firstId);
        assertThat(Orders.countFor(shopper.id())).isEqualTo(2);
    }

    @Test
    void aReservationWhoseAnswerIsLateLeavesTheOrderPendingUntilRecoveryReleasesIt() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = UUID.randomUUID();
        peers.inventory.stubFor(peers.reservationOf(product)
                .willReturn(Peers.reservation(reservationId, "HELD", product).withFixedDelay(SLOWER_THAN_INVENTORY)));

        ApiResponse pending = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(pending, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(pending);
        assertThat(pending.text("orderStatus")).isEqualTo("PENDING");
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "RESERVE");
        assertThat(peers.reservations(orderId)).as("a timed-out POST is not retried").hasSize(1);
        assertThat(peers.chargesOf(shopper)).isEmpty();

        peers.reservationFound(orderId, reservationId, "HELD", product);
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "REJECTED");

        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("release:" + orderId));
        assertThat(Orders.row(orderId)).containsEntry("reservation", "RELEASED").containsEntry("payment", "NONE");
        assertThat(peers.chargesOf(shopper)).isEmpty();
    }

    @Test
    void aChargeWhoseAnswerIsLostIsFoundByRecoveryAndTheOrderConfirmed() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        UUID paymentId = UUID.randomUUID();
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.captured(paymentId).withFixedDelay(SLOWER_THAN_PAYMENT)));

        ApiResponse pending = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(pending, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(pending);
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "CHARGE");
        assertThat(peers.reservationCalls(reservationId, "release")).as("nothing undone while in doubt").isEmpty();

        peers.paymentFound(orderId, paymentId, "25.49");
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "CONFIRMED");

        assertThat(peers.charges(orderId)).as("charged once").hasSize(1);
        assertThat(peers.reservationCalls(reservationId, "commit")).hasSize(1);
        assertThat(Orders.read(orderId).text("paymentId")).isEqualTo(paymentId.toString());
    }

    @Test
    void aLostChargeWhoseReservationExpiredIsRefundedAndRejectedByRecovery() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        UUID paymentId = UUID.randomUUID();
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.captured(paymentId).withFixedDelay(SLOWER_THAN_PAYMENT)));
        peers.inventory.stubFor(post(urlEqualTo("/api/reservations/" + reservationId + "/commit"))
                .willReturn(Peers.problem(409, "reservation-not-held", null)));

        UUID orderId = Orders.idOf(Orders.place(shopper, Orders.body(shopper, product.sku(), 1)));
        peers.paymentFound(orderId, paymentId, "25.49");
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "REJECTED");

        assertThat(peers.refunds(paymentId)).hasSize(1)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("refund:" + orderId));
        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1);
        assertThat(Orders.row(orderId)).containsEntry("payment", "REFUNDED").containsEntry("failure", "reservation-lost");
    }

    @Test
    void aClientRetryAfterALostChargeAnswerGetsTheOrderWithoutASecondCharge() {
        Shopper shopper = peers.shopper();
        Product product = product();
        peers.reservable(product);
        UUID paymentId = UUID.randomUUID();
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.captured(paymentId).withFixedDelay(SLOWER_THAN_PAYMENT)));
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, product.sku(), 1);

        ApiResponse lost = Orders.place(shopper, key, body);
        assertProblem(lost, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(lost);
        peers.paymentFound(orderId, paymentId, "25.49");

        ApiResponse retried = Orders.place(shopper, key, body);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.text("id")).isEqualTo(orderId.toString());
        assertThat(retried.text("status")).isEqualTo("CONFIRMED");
        assertThat(peers.charges(orderId)).as("no second charge").hasSize(1);
        assertThat(Orders.countFor(shopper.id())).isEqualTo(1);
    }

    @Test
    void aChargeInDoubtThatNeverHappenedIsSentAgainWithTheSameKeyAndItsRefusalCompensated() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        StubMapping failing = peers.payment.stubFor(peers.chargeOf(shopper).willReturn(serverError()));
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, product.sku(), 1);

        ApiResponse pending = Orders.place(shopper, key, body);
        assertProblem(pending, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(pending);
        assertThat(peers.charges(orderId)).as("a keyed POST is retried once after a 5xx").hasSize(2);
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "CHARGE");

        peers.payment.removeStub(failing);
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(
                Peers.problem(402, "payment-declined", "\"declineCode\": \"card_declined\"")));
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "REJECTED");

        assertThat(peers.charges(orderId)).hasSize(3)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("charge:" + orderId));
        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1);
        assertThat(Orders.row(orderId)).containsEntry("failure", "payment-declined").containsEntry("reservation", "RELEASED");

        ApiResponse outcome = Orders.place(shopper, key, body);
        assertProblem(outcome, 402, "payment-declined");
        assertThat(outcome.text("orderId")).as("the final outcome of the same order").isEqualTo(orderId.toString());
        assertThat(outcome.text("declineCode")).isEqualTo("card_declined");
        assertThat(peers.charges(orderId)).hasSize(3);
    }

    @Test
    void aChargeWhoseAnswerIsLostAndWhoseRetryCannotBeSentStaysInDoubtAndIsNeverChargedTwice() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        UUID paymentId = peers.chargeable(shopper);
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, product.sku(), 1);
        peers.paymentLine.dropAnswerThenRefuse();

        ApiResponse lost = Orders.place(shopper, key, body);

        assertProblem(lost, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(lost);
        assertThat(lost.text("orderStatus")).as("the first attempt may have charged").isEqualTo("PENDING");
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "CHARGE");
        assertThat(peers.charges(orderId)).as("only the first attempt reached the payment service").hasSize(1);
        assertThat(peers.reservationCalls(reservationId, "release")).as("nothing undone while in doubt").isEmpty();

        peers.paymentLine.pass();
        peers.paymentFound(orderId, paymentId, "25.49");
        ApiResponse retried = Orders.place(shopper, key, body);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.text("id")).as("the same order").isEqualTo(orderId.toString());
        assertThat(retried.text("status")).isEqualTo("CONFIRMED");
        assertThat(peers.charges(orderId)).as("never charged twice").hasSize(1);
        assertThat(Orders.countFor(shopper.id())).isEqualTo(1);
    }

    @Test
    void aReservationWhoseAnswerIsLostAndWhoseRetryCannotBeSentStaysInDoubtUntilRecoveryReleasesIt() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.chargeable(shopper);
        peers.inventoryLine.dropAnswerThenRefuse();

        ApiResponse lost = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(lost, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(lost);
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "RESERVE");
        assertThat(peers.reservations(orderId)).hasSize(1);
        assertThat(peers.chargesOf(shopper)).isEmpty();

        peers.inventoryLine.pass();
        peers.reservationFound(orderId, reservationId, "HELD", product);
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "REJECTED");

        assertThat(peers.reservationCalls(reservationId, "release")).as("the stock the lost answer held is released")
                .hasSize(1);
        assertThat(Orders.row(orderId)).containsEntry("reservation", "RELEASED").containsEntry("payment", "NONE");
    }

    @Test
    void aReservationInDoubtThatIsNotFoundIsSentAgainWithItsKeyAndReleased() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = UUID.randomUUID();
        StubMapping late = peers.inventory.stubFor(peers.reservationOf(product)
                .willReturn(Peers.reservation(reservationId, "HELD", product).withFixedDelay(SLOWER_THAN_INVENTORY)));

        UUID orderId = Orders.idOf(Orders.place(shopper, Orders.body(shopper, product.sku(), 1)));
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "RESERVE");

        // The lookup finds nothing (the request is still on its way); a copy sent now is answered.
        peers.inventory.removeStub(late);
        peers.inventory.stubFor(peers.reservationOf(product).willReturn(Peers.reservation(reservationId, "HELD", product)));
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "REJECTED");

        assertThat(peers.reservations(orderId)).as("sent again, with the same key").hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("reserve:" + orderId));
        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1);
        assertThat(Orders.row(orderId)).containsEntry("reservation", "RELEASED").containsEntry("payment", "NONE");
        assertThat(peers.chargesOf(shopper)).isEmpty();
    }

    @Test
    void aChargeAnswerAboutAnotherOrderIsNoAnswerAndLeavesTheChargeInDoubt() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(okJson("""
                {"id": "%s", "orderId": "%s", "status": "CAPTURED", "amount": {"amount": "25.49", "currency": "USD"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID()))));

        ApiResponse answer = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(answer, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(answer);
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "CHARGE")
                .containsEntry("payment", "NONE");
        assertThat(peers.charges(orderId)).as("asked again with the same key").hasSize(2);
        assertThat(peers.reservationCalls(reservationId, "commit")).isEmpty();
    }

    /**
     * The recovery job leases one order at a time, right before it works on it: an order due
     * behind one it is stuck on is free for a client's retry. And a worker whose lease passed to
     * another (it expired) writes nothing more, nor releases the other's lease.
     */
    @Test
    void recoveryLeasesOneOrderAtATimeAndAWorkerWhoseLeaseWasTakenOverWritesNothing() {
        Shopper stuckShopper = peers.shopper();
        Product stuckProduct = product();
        UUID stuckReservation = peers.reservable(stuckProduct);
        Shopper nextShopper = peers.shopper();
        Product nextProduct = product();
        peers.reservable(nextProduct);
        UUID stuckPayment = UUID.randomUUID();
        UUID nextPayment = UUID.randomUUID();
        for (Shopper shopper : List.of(stuckShopper, nextShopper)) {
            peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.captured(UUID.randomUUID())
                    .withFixedDelay(SLOWER_THAN_PAYMENT)));
        }
        UUID stuck = Orders.idOf(Orders.place(stuckShopper, Orders.body(stuckShopper, stuckProduct.sku(), 1)));
        String nextKey = UUID.randomUUID().toString();
        var nextBody = Orders.body(nextShopper, nextProduct.sku(), 1);
        UUID next = Orders.idOf(Orders.place(nextShopper, nextKey, nextBody));
        assertThat(Orders.row(stuck)).containsEntry("inDoubt", "CHARGE");
        assertThat(Orders.row(next)).containsEntry("inDoubt", "CHARGE");
        peers.payment.stubFor(get(urlPathEqualTo("/api/payments"))
                .withQueryParam("orderId", equalTo(stuck.toString()))
                .willReturn(okJson("""
                        {"items": [{"id": "%s", "orderId": "%s", "status": "CAPTURED",
                                    "amount": {"amount": "25.49", "currency": "USD"}}], "totalItems": 1}"""
                        .formatted(stuckPayment, stuck)).withTransformers(Peers.Gate.NAME)));
        peers.paymentFound(next, nextPayment, "25.49");
        Peers.Gate.close();
        try {
            Orders.execute("update orders set next_attempt_at = case when id = ? then now() - interval '1 day' "
                    + "else now() end where id in (?, ?)", stuck, stuck, next);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !peers.payment.findAll(getRequestedFor(urlPathEqualTo("/api/payments"))
                            .withQueryParam("orderId", com.github.tomakehurst.wiremock.client.WireMock
                                    .equalTo(stuck.toString()))).isEmpty());

            ApiResponse retried = Orders.place(nextShopper, nextKey, nextBody);
            assertThat(retried.status()).as("not leased while the job is on another order: %s", retried).isEqualTo(201);
            assertThat(retried.text("status")).isEqualTo("CONFIRMED");

            UUID otherWorker = UUID.randomUUID();
            Orders.execute("update orders set lease_owner = ?, lease_until = now() + interval '10 minutes' where id = ?",
                    otherWorker, stuck);
        } finally {
            Peers.Gate.open();
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> Orders.metrics().contains("outcome=\"lease_lost\""));
        assertThat(Orders.row(stuck)).as("the job wrote nothing once the lease was another's")
                .containsEntry("status", "PENDING").containsEntry("inDoubt", "CHARGE").containsEntry("payment", "NONE");
        assertThat(peers.reservationCalls(stuckReservation, "commit")).isEmpty();
        assertThat(Orders.leaseOwner(stuck)).as("nor released the other worker's lease").isNotNull();
        Orders.execute("update orders set lease_owner = null, lease_until = null, next_attempt_at = now() + interval '1 hour' "
                + "where id = ?", stuck);
    }

    /**
     * A payment service that goes down. Refused at once, the charge cannot have happened: the
     * order is REJECTED and its stock released. When the cut meets a pooled connection the request
     * may have been received (the caller cannot tell), so the order stays PENDING until the payment
     * service answers again, and is then charged once. Which of the two happens depends on the
     * connection pool; the promises hold either way.
     */
    @Test
    void aPaymentServiceThatIsDownChargesNothingTwiceAndLeavesNothingHeld() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.chargeable(shopper);
        peers.paymentLine.refuseConnections();

        ApiResponse unavailable = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(unavailable, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(unavailable);
        assertThat(peers.charges(orderId)).as("no request got through").isEmpty();
        peers.paymentLine.pass();
        if ("PENDING".equals(unavailable.text("orderStatus"))) {
            assertThat(unavailable.text("detail")).contains("charge step", "not known yet");
            Orders.makeDue(orderId);
            Orders.awaitStatus(orderId, "CONFIRMED");
            assertThat(peers.charges(orderId)).as("charged once, with its key").hasSize(1);
            assertThat(peers.reservationCalls(reservationId, "commit")).hasSize(1);
        } else {
            assertThat(unavailable.text("detail")).contains("payment service", "unreachable");
            assertThat(unavailable.text("orderStatus")).as("nothing can have been charged").isEqualTo("REJECTED");
            assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1);
            assertThat(Orders.row(orderId)).containsEntry("reservation", "RELEASED").containsEntry("payment", "NONE");
        }
    }

    @Test
    void retriesHappenOnlyOnIdempotentCallsAndCarryTheSameKey() {
        Shopper shopper = peers.shopper();
        Product product = product();
        peers.reservable(product);
        UUID paymentId = UUID.randomUUID();
        peers.customer.stubFor(get(urlEqualTo("/api/customers/" + shopper.id())).inScenario("customer")
                .whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(serverError()).atPriority(1));
        peers.payment.stubFor(peers.chargeOf(shopper).inScenario("payment")
                .whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(serverError()));
        peers.payment.stubFor(peers.chargeOf(shopper).inScenario("payment")
                .whenScenarioStateIs("recovered").willReturn(Peers.captured(paymentId)));

        ApiResponse placed = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID orderId = Orders.idOf(placed);
        assertThat(peers.count(peers.customer, getRequestedFor(urlEqualTo("/api/customers/" + shopper.id()))))
                .as("GET retried").isEqualTo(2);
        assertThat(peers.charges(orderId)).as("keyed POST retried with the same key").hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("charge:" + orderId));
        assertThat(peers.count(peers.customer, com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/api/auth/token")))).as("the token is cached").isLessThanOrEqualTo(1);

        Shopper declined = peers.shopper();
        Product other = product();
        peers.reservable(other);
        peers.payment.stubFor(peers.chargeOf(declined).willReturn(
                Peers.problem(402, "payment-declined", "\"declineCode\": \"expired_card\"")));
        ApiResponse refused = Orders.place(declined, Orders.body(declined, other.sku(), 1));
        assertProblem(refused, 402, "payment-declined");
        assertThat(peers.chargesOf(declined)).as("a refusal is never retried").hasSize(1);
    }

    @Test
    void aProcessorOutageRejectsTheOrderAndReleasesItsStock() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.problem(503, "processor-unavailable", null)));

        ApiResponse unavailable = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(unavailable, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(unavailable);
        assertThat(unavailable.text("orderStatus")).isEqualTo("REJECTED");
        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1);
        assertThat(Orders.row(orderId)).containsEntry("status", "REJECTED").containsEntry("reservation", "RELEASED");
    }

    @Test
    void aCompensationThatGetsNoAnswerIsFinishedByRecovery() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(
                Peers.problem(402, "payment-declined", "\"declineCode\": \"card_declined\"")));
        StubMapping releaseFails = peers.inventory.stubFor(
                post(urlEqualTo("/api/reservations/" + reservationId + "/release")).willReturn(serverError()));

        ApiResponse declined = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));

        assertProblem(declined, 402, "payment-declined");
        UUID orderId = Orders.idOf(declined);
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("reservation", "HELD")
                .containsEntry("failure", "payment-declined");

        peers.inventory.removeStub(releaseFails);
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "REJECTED");
        assertThat(Orders.row(orderId)).containsEntry("reservation", "RELEASED");
        assertThat(peers.reservationCalls(reservationId, "release")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aCommitWithoutAnswerIsRetriedByRecoveryUntilConfirmed() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.chargeable(shopper);
        StubMapping slowCommit = peers.inventory.stubFor(post(urlEqualTo("/api/reservations/" + reservationId + "/commit"))
                .willReturn(okJson("{}").withFixedDelay(SLOWER_THAN_INVENTORY)));

        ApiResponse pending = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));
        assertProblem(pending, 503, "dependency-unavailable");
        UUID orderId = Orders.idOf(pending);
        assertThat(Orders.row(orderId)).containsEntry("status", "PENDING").containsEntry("inDoubt", "COMMIT")
                .containsEntry("payment", "CAPTURED");

        peers.inventory.removeStub(slowCommit);
        Orders.makeDue(orderId);
        Orders.awaitStatus(orderId, "CONFIRMED");
        assertThat(peers.reservationCalls(reservationId, "commit")).hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("commit:" + orderId));
        assertThat(peers.chargesOf(shopper)).hasSize(1);
    }

    @Test
    void aCancellationWhoseRefundGetsNoAnswerIsCompletedByRecovery() {
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        UUID paymentId = peers.chargeable(shopper);
        UUID orderId = Orders.idOf(Orders.place(shopper, Orders.body(shopper, product.sku(), 1)));
        StubMapping refundFails = peers.payment.stubFor(post(urlEqualTo("/api/payments/" + paymentId + "/refunds"))
                .willReturn(serverError()));

        ApiResponse accepted = Api.service().as(shopper.token())
                .post("/api/orders/" + orderId + "/cancel", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.text("status")).isEqualTo("CANCELLED");
        assertThat(Orders.row(orderId)).containsEntry("status", "CANCELLED").containsEntry("payment", "CAPTURED");
        assertThat(peers.refunds(paymentId)).as("a keyed POST is retried once").hasSize(2);

        peers.payment.removeStub(refundFails);
        Orders.makeDue(orderId);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "REFUNDED".equals(Orders.row(orderId).get("payment"))
                        && "RETURNED".equals(Orders.row(orderId).get("reservation")));
        assertThat(peers.refunds(paymentId)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("refund:" + orderId));
        assertThat(peers.reservationCalls(reservationId, "return")).hasSize(1)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("return:" + orderId));
        ApiResponse again = Api.service().as(shopper.token())
                .post("/api/orders/" + orderId + "/cancel", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(peers.refunds(paymentId)).as("done steps are not repeated").hasSize(3);
    }

    @Test
    void theBulkheadRefusesChargesBeyondItsLimitAndThoseOrdersAreCompensated() throws Exception {
        int limit = 2;
        List<Shopper> shoppers = new ArrayList<>();
        List<UUID> reservations = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < limit + 2; i++) {
            Shopper shopper = peers.shopper();
            Product product = product();
            reservations.add(peers.reservable(product));
            peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.captured(UUID.randomUUID())
                    .withTransformers(Peers.Gate.NAME)));
            shoppers.add(shopper);
            products.add(product);
        }
        Peers.Gate.close();
        ExecutorService pool = Executors.newFixedThreadPool(shoppers.size());
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < shoppers.size(); i++) {
                Shopper shopper = shoppers.get(i);
                Product product = products.get(i);
                answers.add(pool.submit(() -> Orders.place(shopper, Orders.body(shopper, product.sku(), 1))));
            }
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> answers.stream().filter(Future::isDone).count() >= 2);
            Peers.Gate.open();

            List<ApiResponse> done = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                done.add(answer.get());
            }
            List<ApiResponse> refused = done.stream()
                    .filter(a -> a.status() == 503 && a.text("detail").contains("busy")).toList();
            assertThat(refused).as("%s", done).hasSize(2);
            assertThat(peers.count(peers.payment, com.github.tomakehurst.wiremock.client.WireMock
                    .postRequestedFor(urlEqualTo("/api/payments")))).as("only the limit got through").isEqualTo(limit);
            for (ApiResponse a : refused) {
                assertThat(a.text("orderStatus")).isEqualTo("REJECTED");
                UUID orderId = Orders.idOf(a);
                assertThat(Orders.row(orderId)).containsEntry("reservation", "RELEASED");
            }
        } finally {
            Peers.Gate.open();
            pool.shutdownNow();
        }
    }

    @Test
    void theCircuitOpensAfterItsThresholdAnswersAtOnceAndClosesAgain() {
        StubMapping down = peers.customer.stubFor(get(urlPathMatching("/api/customers/.*"))
                .willReturn(serverError()).atPriority(1));
        Shopper shopper = peers.shopper();
        Product product = product();
        peers.reservable(product);
        peers.chargeable(shopper);

        int orders = 0;
        boolean openedWithoutCalling = false;
        while (!openedWithoutCalling && orders < 6) {
            int before = peers.count(peers.customer, getRequestedFor(urlPathMatching("/api/customers/.*")));
            ApiResponse unavailable = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));
            orders++;
            assertProblem(unavailable, 503, "dependency-unavailable");
            int after = peers.count(peers.customer, getRequestedFor(urlPathMatching("/api/customers/.*")));
            openedWithoutCalling = after == before;
            if (openedWithoutCalling) {
                assertThat(unavailable.text("detail")).contains("circuit open");
            }
        }
        assertThat(openedWithoutCalling).as("the circuit opened").isTrue();
        assertThat(orders).as("4 failed calls (2 orders, each GET retried once) open it").isLessThanOrEqualTo(3);

        peers.customer.removeStub(down);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> Orders.place(shopper, Orders.body(shopper, product.sku(), 1)).status() == 201);
    }
}
