package dev.microserves.edge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Calls the storefront under test. Every anonymous test request comes from the same address, and
 * so shares one rate limit (kept small in the ITs): a test that is not about rate limiting waits
 * out a {@code 429} and looks at the answer that follows.
 */
final class Storefront {

    private Storefront() {
    }

    static ApiResponse anonymous(String path) {
        return admitted(() -> Api.service().get(path));
    }

    static ApiResponse as(String token, String path) {
        return admitted(() -> Api.service().as(token).get(path));
    }

    static ApiResponse productPage(String sku) {
        return anonymous("/api/storefront/products/" + sku);
    }

    static ApiResponse myPage(String token) {
        return as(token, "/api/storefront/me");
    }

    /** The answer to {@code request} once the rate limit lets it through. */
    static ApiResponse admitted(Supplier<ApiResponse> request) {
        AtomicReference<ApiResponse> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                .until(() -> {
                    answer.set(request.get());
                    return answer.get().status() != 429;
                });
        return answer.get();
    }

    /** The storefront's metrics, in Prometheus text. */
    static String metrics() {
        return admitted(() -> Api.service().header("Accept", "text/plain").get("/metrics?scope=application")).body();
    }

    /** The skus of a list of items (recommendations). */
    static List<String> skus(JsonNode items) {
        List<String> skus = new ArrayList<>();
        items.forEach(item -> skus.add(item.path("sku").asText()));
        return skus;
    }

    /** The parts a page says are missing. */
    static List<String> degraded(ApiResponse page) {
        List<String> parts = new ArrayList<>();
        assertThat(page.json().path("degraded").isArray()).as("degraded of %s", page).isTrue();
        page.json().path("degraded").forEach(part -> parts.add(part.asText()));
        return parts;
    }
}
