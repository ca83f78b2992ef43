package dev.microserves.edge.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.microserves.edge.it.Storefront.degraded;
import static dev.microserves.edge.it.Storefront.skus;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A product's storefront page, from the inventory and recommendation services: the full page, the
 * page degraded (recommendation service failing, slow, or its circuit open), and the answers when
 * the product itself cannot be shown. The recommendation timeout is 1 s here (see the POM), its
 * circuit opens after 4 failed calls and lets a trial through after 1 s.
 */
class ProductPageIT extends StorefrontIT {
    private static final int SLOWER_THAN_THE_RECOMMENDATION_TIMEOUT = 5_000;

    /**
     * Each test starts from a storefront whose recommendation calls work: a page with healthy
     * peers is full again (that also pays the first-call costs before any test that depends on a
     * timeout, and closes a circuit an earlier test opened).
     */
    @BeforeEach
    void healthyRecommendations() {
        String sku = peers.product(Peers.newSku());
        peers.recommendedWith(sku, "OTHER-1");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> degraded(Storefront.productPage(sku)).isEmpty());
    }

    @Test
    void theFullPageShowsTheProductItsStockAndWhatIsBoughtWithIt() {
        String sku = peers.product(Peers.newSku());
        peers.recommendedWith(sku, "HONEY-1", "CUP-2");

        ApiResponse page = Storefront.productPage(sku);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.text("/product/sku")).isEqualTo(sku);
        assertThat(page.text("/product/name")).isEqualTo("Tea " + sku);
        assertThat(page.text("/product/price/amount")).isEqualTo("4.50");
        assertThat(page.text("/product/price/currency")).isEqualTo("USD");
        assertThat(page.json().at("/product/stock").isMissingNode()).as("stock is a part of its own").isTrue();
        assertThat(page.json().at("/stock/available").asInt()).isEqualTo(8);
        assertThat(page.json().at("/stock/onHand").asInt()).isEqualTo(10);
        assertThat(skus(page.json().path("recommendations"))).containsExactly("HONEY-1", "CUP-2");
        assertThat(page.text("/recommendations/0/reason")).isEqualTo("bought-together");
        assertThat(degraded(page)).isEmpty();
    }

    @Test
    void thePeersCallsCarryTheRequestsTrace() {
        String sku = peers.product(Peers.newSku());
        peers.recommendedWith(sku, "HONEY-1");

        ApiResponse page = Storefront.productPage(sku);

        String traceId = page.header("X-Trace-Id").orElseThrow();
        for (var peer : List.of(peers.inventory, peers.recommendation)) {
            assertThat(peer.findAll(getRequestedFor(urlPathEqualTo(peer == peers.inventory
                    ? "/api/products/" + sku : "/api/recommendations/products/" + sku))))
                    .isNotEmpty()
                    .allSatisfy(request -> assertThat(request.getHeader("traceparent")).contains(traceId));
        }
    }

    @Test
    void withTheRecommendationServiceFailingThePageIsDegradedNotBroken() {
        String sku = peers.product(Peers.newSku());
        peers.recommendation.stubFor(peers.productRecommendations(sku).willReturn(serverError()));

        ApiResponse page = Storefront.productPage(sku);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.text("/product/sku")).isEqualTo(sku);
        assertThat(page.json().path("recommendations").isArray()).isTrue();
        assertThat(page.json().path("recommendations")).isEmpty();
        assertThat(degraded(page)).containsExactly("recommendations");
        assertThat(Storefront.metrics()).containsPattern("storefront_degraded_parts_total\\{[^}]*part=\"recommendations\"");
    }

    @Test
    void withTheRecommendationServiceUnreachableThePageIsDegraded() {
        String sku = peers.product(Peers.newSku());
        peers.recommendation.stubFor(peers.productRecommendations(sku).willReturn(
                aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        ApiResponse page = Storefront.productPage(sku);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(degraded(page)).containsExactly("recommendations");
    }

    @Test
    void aSlowRecommendationServiceIsGivenUpOnAtItsTimeout() {
        String sku = peers.product(Peers.newSku());
        peers.recommendedWith(sku, "HONEY-1");
        peers.recommendation.stubFor(peers.productRecommendations(sku).willReturn(aResponse()
                .withFixedDelay(SLOWER_THAN_THE_RECOMMENDATION_TIMEOUT).withHeader("Content-Type", "application/json")
                .withBody("{\"items\": [{\"sku\": \"LATE-1\", \"score\": 1, \"reason\": \"top-seller\"}]}")));

        ApiResponse page = Storefront.productPage(sku);

        // Had the storefront waited for the answer, the page would show LATE-1 and not be degraded.
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.json().path("recommendations")).isEmpty();
        assertThat(degraded(page)).containsExactly("recommendations");
    }

    @Test
    void onceTheRecommendationCircuitIsOpenPagesAreDegradedWithoutCallingIt() {
        String sku = peers.product(Peers.newSku());
        peers.recommendation.stubFor(peers.productRecommendations(sku).willReturn(serverError()));

        List<Integer> callsPerPage = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            int before = recommendationCalls(sku);
            ApiResponse page = Storefront.productPage(sku);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(degraded(page)).containsExactly("recommendations");
            callsPerPage.add(recommendationCalls(sku) - before);
            return callsPerPage.get(callsPerPage.size() - 1) == 0;
        });
        assertThat(callsPerPage.get(0)).as("a failing call is retried once first").isEqualTo(2);
    }

    @Test
    void anUnknownProductIsNotFoundAsTheInventoryServiceSays() {
        String sku = Peers.newSku();
        peers.inventory.stubFor(peers.productRequest(sku).willReturn(Peers.problem(404, "not-found")));

        ApiResponse page = Storefront.productPage(sku);

        assertProblem(page, 404, "not-found");
        assertThat(recommendationCalls(sku)).as("no page, no recommendations").isZero();
    }

    @Test
    void withTheInventoryServiceDownThereIsNoPageAndTheClientIsToldWhenToComeBack() {
        String sku = Peers.newSku();
        peers.inventory.stubFor(peers.productRequest(sku).willReturn(serverError()));
        peers.recommendedWith(sku, "HONEY-1");

        ApiResponse page = Storefront.productPage(sku);

        assertProblem(page, 503, "dependency-unavailable");
        assertThat(page.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(page.text("dependency")).isEqualTo("inventory");
        assertThat(recommendationCalls(sku)).isZero();
    }

    @Test
    void healthIsReadyWithoutADatabaseAndReportsThePeers() {
        ApiResponse ready = Storefront.anonymous("/health/ready");

        assertThat(ready.status()).as("%s", ready).isEqualTo(200);
        assertThat(ready.text("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("\"peers\"", "inventory", "recommendation").doesNotContain("database");
        assertThat(Storefront.anonymous("/health/started").status()).isEqualTo(200);
        assertThat(Storefront.anonymous("/health/live").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentNamesBothPagesAndThePublicOneNeedsNoToken() {
        ApiResponse document = Storefront.anonymous("/openapi?format=JSON");

        assertThat(document.status()).isEqualTo(200);
        JsonNode product = document.json().at("/paths/~1api~1storefront~1products~1{sku}/get");
        JsonNode me = document.json().at("/paths/~1api~1storefront~1me/get");
        assertThat(product.path("operationId").asText()).isEqualTo("storefrontProductPage");
        assertThat(product.path("security").isArray()).as("%s", product).isTrue();
        assertThat(product.path("security")).isEmpty();
        assertThat(me.path("operationId").asText()).isEqualTo("storefrontMyPage");
        assertThat(me.path("security").toString()).contains("jwt");
        assertThat(product.path("responses").has("429")).isTrue();
    }

    private static int recommendationCalls(String sku) {
        return peers.recommendation.findAll(getRequestedFor(urlPathEqualTo("/api/recommendations/products/" + sku))).size();
    }
}
