package dev.microserves.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.order.it.Peers.Product;
import dev.microserves.order.it.Peers.Shopper;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/admin/reconciliation}: each breach kind of the contract, staged by what the
 * stubbed peers answer when asked about an order, is reported for that order; an order whose books
 * agree is not; and the counts are metrics.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

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

    @BeforeEach
    void resetPeers() {
        peers.reset();
    }

    private static Product product() {
        return new Product("SKU-" + UUID.randomUUID().toString().substring(0, 8), "20.00", 500);
    }

    /** A CONFIRMED order of one product, and its total. */
    private static Placed confirmed() {
        Instant since = justBefore();
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.chargeable(shopper);
        ApiResponse placed = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return new Placed(Orders.idOf(placed), reservationId, placed.text("/total/amount"), product, since);
    }

    /** A REJECTED order (its payment declined), as the order service recorded it. */
    private static Placed rejected() {
        Instant since = justBefore();
        Shopper shopper = peers.shopper();
        Product product = product();
        UUID reservationId = peers.reservable(product);
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(Peers.problem(402, "payment-declined",
                "\"declineCode\": \"card_declined\"")));
        ApiResponse placed = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(402);
        return new Placed(Orders.idOf(placed), reservationId, "20.00", product, since);
    }

    private record Placed(UUID orderId, UUID reservationId, String total, Product product, Instant since) {
    }

    /** A moment just before an order is placed: checks look only at orders since then. */
    private static Instant justBefore() {
        return Instant.now().minusSeconds(2);
    }

    private static void paymentsFound(UUID orderId, String... capturedAmounts) {
        List<String> items = new ArrayList<>();
        for (String amount : capturedAmounts) {
            items.add("""
                    {"id": "%s", "orderId": "%s", "status": "CAPTURED", "amount": {"amount": "%s", "currency": "USD"},
                     "processor": "CREDIT_CARD", "createdAt": "2026-01-01T00:00:00Z"}""".formatted(UUID.randomUUID(), orderId, amount));
        }
        peers.payment.stubFor(get(urlPathEqualTo("/api/payments")).withQueryParam("orderId", equalTo(orderId.toString()))
                .willReturn(okJson("{\"items\": [" + String.join(",", items) + "], \"page\": 0, \"size\": 20, \"totalItems\": "
                        + items.size() + "}")));
    }

    private static ApiResponse reconcile(Instant since) {
        return Api.service().as(TestTokens.admin()).get("/api/admin/reconciliation?since=" + since
                + "&until=" + Instant.now().plusSeconds(5));
    }

    /** The kinds reported for this order by a check of the orders since {@code since}. */
    private static List<String> breachesOf(Placed order) {
        return breachesOf(order.orderId(), order.since());
    }

    private static List<String> breachesOf(UUID orderId, Instant since) {
        ApiResponse report = reconcile(since);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().path("checkedOrders").asInt()).isPositive();
        List<String> kinds = new ArrayList<>();
        for (JsonNode breach : report.json().path("breaches")) {
            if (breach.path("orderId").asText().equals(orderId.toString())) {
                kinds.add(breach.path("kind").asText());
            }
        }
        return kinds;
    }

    @Test
    void aConfirmedOrderWhoseBooksAgreeIsNotReported() {
        Placed order = confirmed();
        peers.reservationFound(order.orderId(), order.reservationId(), "COMMITTED", order.product());
        paymentsFound(order.orderId(), order.total());
        assertThat(breachesOf(order)).isEmpty();
    }

    @Test
    void aConfirmedOrderWithoutCaptureIsReported() {
        Placed order = confirmed();
        peers.reservationFound(order.orderId(), order.reservationId(), "COMMITTED", order.product());
        assertThat(breachesOf(order)).containsExactly("confirmed-without-capture");
    }

    @Test
    void aCaptureThatDiffersFromTheTotalIsReported() {
        Placed order = confirmed();
        peers.reservationFound(order.orderId(), order.reservationId(), "COMMITTED", order.product());
        paymentsFound(order.orderId(), "1.00");
        assertThat(breachesOf(order)).containsExactly("capture-differs-from-total");
    }

    @Test
    void twoCapturesOfOneOrderAreReported() {
        Placed order = confirmed();
        peers.reservationFound(order.orderId(), order.reservationId(), "COMMITTED", order.product());
        paymentsFound(order.orderId(), order.total(), order.total());
        assertThat(breachesOf(order)).containsExactly("more-than-one-capture");
    }

    @Test
    void aConfirmedOrderWhoseStockWasNotCommittedIsReported() {
        Placed order = confirmed();
        peers.reservationFound(order.orderId(), order.reservationId(), "RELEASED", order.product());
        paymentsFound(order.orderId(), order.total());
        assertThat(breachesOf(order)).containsExactly("confirmed-without-committed-stock");
    }

    @Test
    void moneyLeftOnARejectedOrderIsReported() {
        Placed order = rejected();
        peers.reservationFound(order.orderId(), order.reservationId(), "RELEASED", order.product());
        paymentsFound(order.orderId(), order.total());
        assertThat(breachesOf(order)).containsExactly("money-on-unconfirmed-order");
    }

    @Test
    void stockStillHeldForARejectedOrderIsReported() {
        Placed order = rejected();
        peers.reservationFound(order.orderId(), order.reservationId(), "HELD", order.product());
        assertThat(breachesOf(order)).containsExactly("stock-held-for-final-order");
    }

    @Test
    void anOrderPendingPastItsLimitIsReported() {
        Instant since = justBefore();
        Shopper shopper = peers.shopper();
        Product product = product();
        peers.reservable(product);
        // The charge fails as if its answer were lost, and the payment service cannot be asked:
        // the order stays PENDING (the IT server's limit is a few seconds; see the POM).
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(serverError()));
        peers.payment.stubFor(get(urlPathEqualTo("/api/payments")).willReturn(serverError()));
        ApiResponse placed = Orders.place(shopper, Orders.body(shopper, product.sku(), 1));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(503);
        UUID orderId = Orders.idOf(placed);
        assertThat(Orders.read(orderId).text("status")).isEqualTo("PENDING");
        // Reconciliation asks the payment service too: let it answer (with nothing) for this check.
        peers.payment.stubFor(get(urlPathEqualTo("/api/payments")).willReturn(okJson(
                "{\"items\": [], \"page\": 0, \"size\": 20, \"totalItems\": 0}")));
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(serverError()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(breachesOf(orderId, since)).contains("pending-too-long"));
    }

    @Test
    void theCountsOfTheLastCheckAreMetricsByKind() {
        Placed order = confirmed();
        peers.reservationFound(order.orderId(), order.reservationId(), "COMMITTED", order.product());
        assertThat(breachesOf(order)).containsExactly("confirmed-without-capture");
        String metrics = Api.service().header("Accept", "text/plain").get("/metrics?scope=application").body();
        assertThat(metrics).containsPattern("reconciliation_breaches\\{kind=\"confirmed-without-capture\"[^}]*} [1-9]");
    }

    @Test
    void onlyAnAdminMayReconcileAndTheWindowMustMakeSense() {
        assertThat(Api.service().as(TestTokens.service()).get("/api/admin/reconciliation").status()).isEqualTo(403);
        assertProblem(Api.service().as(TestTokens.admin()).get("/api/admin/reconciliation?since=yesterday"), 400, "validation");
        assertProblem(Api.service().as(TestTokens.admin())
                .get("/api/admin/reconciliation?since=2026-12-01T00:00:00Z&until=2026-11-01T00:00:00Z"), 400, "validation");
        assertProblem(Api.service().as(TestTokens.admin())
                .get("/api/admin/reconciliation?since=2025-01-01T00:00:00Z&until=2026-11-01T00:00:00Z"), 400, "validation");
    }
}
