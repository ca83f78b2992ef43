package dev.microserves.edge.it;

import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.edge.it.Peers.Shopper;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.Concurrently;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-client rate limit (10 requests at once and 5 a second here, see the POM): a client past
 * its burst is refused with 429 and told when to come back, another client is not, and health,
 * metrics and OpenAPI are never limited. A client sends from several threads until it is refused,
 * so that the limit is reached however slowly this machine serves.
 */
class RateLimitIT extends StorefrontIT {
    private static final int THREADS = 8;
    private static final int MOST_REQUESTS_PER_THREAD = 200;

    @Test
    void aCustomerPastTheLimitIsRefusedWithRetryAfterAndAnotherCustomerIsNot() {
        Shopper busy = knownShopper();
        Shopper other = knownShopper();

        ApiResponse refused = untilRefused(Api.service().as(busy.token()), "/api/storefront/me");

        assertProblem(refused, 429, "rate-limited");
        assertThat(refused.header("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        ApiResponse otherPage = Api.service().as(other.token()).get("/api/storefront/me");
        assertThat(otherPage.status()).as("another client: %s", otherPage).isEqualTo(200);
        assertThat(Storefront.metrics()).contains("storefront_rate_limited_total");
    }

    @Test
    void anAnonymousClientIsLimitedByItsAddressAndASignedInOneIsNot() {
        String sku = peers.product(Peers.newSku());
        peers.recommendedWith(sku, "HONEY-1");
        Shopper signedIn = knownShopper();

        ApiResponse refused = untilRefused(Api.service(), "/api/storefront/products/" + sku);

        assertProblem(refused, 429, "rate-limited");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(Api.service().as(signedIn.token()).get("/api/storefront/me").status()).isEqualTo(200);
    }

    @Test
    void healthMetricsAndOpenApiAreNeverLimited() {
        for (String path : List.of("/health/ready", "/metrics", "/openapi")) {
            List<Integer> statuses = Concurrently.allAtOnce(THREADS, () -> {
                int worst = 200;
                for (int i = 0; i < 10; i++) {
                    worst = Math.max(worst, Api.service().header("Accept", "*/*").get(path).status());
                }
                return worst;
            });
            assertThat(statuses).as(path).containsOnly(200);
        }
    }

    /** Sends from several threads until one request is refused (or each thread has sent its most). */
    private static ApiResponse untilRefused(Api client, String path) {
        List<Optional<ApiResponse>> refusals = Concurrently.allAtOnce(THREADS, () -> {
            for (int i = 0; i < MOST_REQUESTS_PER_THREAD; i++) {
                ApiResponse answer = client.get(path);
                if (answer.status() == 429) {
                    return Optional.of(answer);
                }
                assertThat(answer.status()).as("%s", answer).isEqualTo(200);
            }
            return Optional.<ApiResponse>empty();
        });
        return refusals.stream().flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError("no request was refused"));
    }

    private static Shopper knownShopper() {
        Shopper shopper = peers.shopper();
        peers.ordersOf(shopper, UUID.randomUUID());
        peers.recommendedFor(shopper, "TEA-1");
        return shopper;
    }
}
