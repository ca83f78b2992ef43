package dev.microserves.edge.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.microserves.edge.it.Storefront.degraded;
import static dev.microserves.edge.it.Storefront.skus;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.edge.it.Peers.Shopper;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The signed-in customer's page, from the customer, order and recommendation services, each asked
 * with the caller's own token (the stubs answer only to it): all parts, the optional parts
 * degraded, no page without the customer, and who may ask.
 */
class MyPageIT extends StorefrontIT {
    private static final List<String> TOKENS_SEEN = new ArrayList<>();

    @AfterAll
    static void noForwardedTokenIsLogged() throws IOException {
        // Every test failed some peer call; none of the tokens they forwarded may be in the log.
        Path log = Path.of(System.getProperty("microserves.it.server-dir"), "logs", "messages.log");
        if (Files.exists(log)) {
            String text = Files.readString(log);
            assertThat(TOKENS_SEEN).noneMatch(text::contains);
        }
    }

    /** Each test starts from a storefront whose order and recommendation calls work (circuits closed). */
    @BeforeEach
    void healthyPeers() {
        Shopper shopper = fullyKnown(peers.shopper());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> degraded(Storefront.myPage(shopper.token())).isEmpty());
    }

    @Test
    void theFullPageShowsTheCustomerTheirLatestOrdersAndRecommendations() {
        Shopper shopper = peers.shopper();
        UUID newest = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        peers.ordersOf(shopper, newest, older);
        peers.recommendedFor(shopper, "TEA-9", "HONEY-1");

        ApiResponse page = myPage(shopper);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.text("/customer/id")).isEqualTo(shopper.id().toString());
        assertThat(page.text("/customer/tier")).isEqualTo("PREMIUM");
        assertThat(page.text("/customer/paymentMethods/0/last4")).isEqualTo("4242");
        assertThat(page.body()).as("payment tokens stay behind the storefront").doesNotContain(shopper.cardToken());
        assertThat(page.text("/recentOrders/0/id")).isEqualTo(newest.toString());
        assertThat(page.text("/recentOrders/1/id")).isEqualTo(older.toString());
        assertThat(page.text("/recentOrders/0/total/amount")).isEqualTo("9.00");
        assertThat(page.text("/recentOrders/0/status")).isEqualTo("CONFIRMED");
        assertThat(skus(page.json().path("recommendations"))).containsExactly("TEA-9", "HONEY-1");
        assertThat(degraded(page)).isEmpty();
    }

    @Test
    void withTheOrderServiceDownTheOrdersAreMissingAndSaidToBe() {
        Shopper shopper = peers.shopper();
        peers.order.stubFor(peers.ordersRequest(shopper).willReturn(serverError()));
        peers.recommendedFor(shopper, "TEA-9");

        ApiResponse page = myPage(shopper);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.text("/customer/id")).isEqualTo(shopper.id().toString());
        assertThat(page.json().path("recentOrders").isArray()).isTrue();
        assertThat(page.json().path("recentOrders")).isEmpty();
        assertThat(skus(page.json().path("recommendations"))).containsExactly("TEA-9");
        assertThat(degraded(page)).containsExactly("recentOrders");
    }

    @Test
    void withOrdersAndRecommendationsDownThePageStillShowsTheCustomer() {
        Shopper shopper = peers.shopper();
        peers.order.stubFor(peers.ordersRequest(shopper).willReturn(serverError()));
        peers.recommendation.stubFor(peers.customerRecommendations(shopper).willReturn(Peers.problem(503, "unavailable")));

        ApiResponse page = myPage(shopper);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.text("/customer/name")).isEqualTo("Test Shopper");
        assertThat(degraded(page)).containsExactly("recentOrders", "recommendations");
    }

    @Test
    void withTheCustomerServiceDownThereIsNoPage() {
        Shopper shopper = new Shopper(UUID.randomUUID(), "tok_unused");
        peers.customer.stubFor(peers.customerRequest(shopper).willReturn(serverError()));
        peers.ordersOf(shopper);
        TOKENS_SEEN.add(shopper.token());

        ApiResponse page = Storefront.myPage(shopper.token());

        assertProblem(page, 503, "dependency-unavailable");
        assertThat(page.header("Retry-After")).isPresent();
        assertThat(page.text("dependency")).isEqualTo("customer");
        assertThat(peers.order.findAll(getRequestedFor(urlPathEqualTo("/api/orders"))
                .withQueryParam("customerId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(shopper.id().toString()))))
                .as("no page, no further calls").isEmpty();
    }

    @Test
    void withoutATokenTheCallerIsAskedToSignIn() {
        assertProblem(Storefront.anonymous("/api/storefront/me"), 401, "unauthorized");
    }

    @Test
    void aTokenNobodyIssuedIsRefused() {
        assertProblem(Storefront.as(TestTokens.foreign(UUID.randomUUID().toString(), "customer"), "/api/storefront/me"),
                401, "unauthorized");
    }

    @Test
    void onlyACustomerHasAPage() {
        assertProblem(Storefront.as(TestTokens.admin(), "/api/storefront/me"), 403, "forbidden");
        assertProblem(Storefront.as(TestTokens.service(), "/api/storefront/me"), 403, "forbidden");
    }

    @Test
    void aCustomerTokenWhoseSubjectIsNoCustomerIdIsRefusedBeforeAnyCall() {
        for (String subject : List.of("not-a-customer", "../../api/customers", "x".repeat(5000),
                UUID.randomUUID() + "\u202E", UUID.randomUUID().toString().replace("-", ""))) {
            ApiResponse page = Storefront.myPage(TestTokens.customer(subject));

            assertProblem(page, 400, "validation");
            assertThat(page.text("/errors/0/field")).isEqualTo("sub");
        }
        assertThat(peers.customer.findAll(getRequestedFor(urlPathEqualTo("/api/customers/not-a-customer")))).isEmpty();
    }

    /** A shopper every peer knows, with an order and a recommendation. */
    private static Shopper fullyKnown(Shopper shopper) {
        peers.ordersOf(shopper, UUID.randomUUID());
        peers.recommendedFor(shopper, "TEA-1");
        return shopper;
    }

    private static ApiResponse myPage(Shopper shopper) {
        TOKENS_SEEN.add(shopper.token());
        return Storefront.myPage(shopper.token());
    }
}
