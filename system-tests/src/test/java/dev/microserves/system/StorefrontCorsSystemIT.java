package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The browser storefront calls the services directly (the card number goes to the payment service
 * only): each service answers the browser's preflight for the storefront's origin, with the
 * headers the page sends, and for no other origin. No browser needed.
 */
class StorefrontCorsSystemIT {

    private static final String STOREFRONT = "http://localhost:" + RunningSystem.EDGE_PORT;

    /** A path each service's page calls with a preflight (a POST with a JSON body and a token). */
    private static final Map<Api, String> CALLS = Map.of(
            RunningSystem.payment(), "/api/payment-methods/tokens",
            RunningSystem.customer(), "/api/customers",
            RunningSystem.order(), "/api/orders",
            RunningSystem.inventory(), "/api/products");

    @Test
    void eachServiceAllowsTheStorefrontsOrigin() {
        CALLS.forEach((service, path) -> {
            ApiResponse allowed = preflight(service, path, STOREFRONT);
            assertThat(allowed.header("Access-Control-Allow-Origin")).as(allowed.toString()).contains(STOREFRONT);
            assertThat(allowed.header("Access-Control-Allow-Headers").orElse("").toLowerCase())
                    .as(allowed.toString()).contains("authorization", "content-type", "idempotency-key");
            assertThat(allowed.header("Access-Control-Allow-Credentials").orElse("false")).isEqualTo("false");
        });
    }

    @Test
    void noServiceAllowsAnotherOrigin() {
        CALLS.forEach((service, path) -> {
            ApiResponse foreign = preflight(service, path, "http://localhost:1234");
            assertThat(foreign.header("Access-Control-Allow-Origin")).as(foreign.toString()).isEmpty();
        });
    }

    private static ApiResponse preflight(Api service, String path, String origin) {
        return service.header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .send("OPTIONS", path, null);
    }
}
