package dev.microserves.edge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser storefront's static pages and their configuration: served at /, every response
 * carrying a Content-Security-Policy that allows no inline script and connects only to the
 * services the page calls, and the config endpoint naming those services.
 */
class StorefrontPageIT extends StorefrontIT {

    private static final String CUSTOMER = "http://localhost:" + System.getProperty("microserves.it.customer-port");
    private static final String INVENTORY = "http://localhost:" + System.getProperty("microserves.it.inventory-port");
    private static final String ORDER = "http://localhost:" + System.getProperty("microserves.it.order-port");
    private static final String PAYMENT = "http://localhost:9083";

    @Test
    void thePageIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        ApiResponse page = Storefront.admitted(() -> Api.service().header("Accept", "text/html").get("/"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\"></script>");
        assertStrictHeaders(page);
    }

    @Test
    void thePageHasNoInlineScriptOrStyleOrEventHandler() {
        String html = Storefront.admitted(() -> Api.service().header("Accept", "text/html").get("/index.html")).body();

        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("src=");
        }
        assertThat(count).isPositive();
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContain("style=").doesNotContain("<style");
    }

    @Test
    void scriptsAndStylesheetsAreServedWithTheirTypesAndTheSameHeaders() {
        ApiResponse script = Storefront.anonymous("/js/app.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertStrictHeaders(script);

        ApiResponse styles = Storefront.anonymous("/css/shop.css");
        assertThat(styles.status()).isEqualTo(200);
        assertThat(styles.contentType()).startsWith("text/css");
        assertStrictHeaders(styles);
    }

    @Test
    void theConfigNamesThePublicUrlsOfTheServicesThePageCalls() {
        ApiResponse config = Storefront.anonymous("/api/storefront/config");

        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        assertThat(config.text("customerUrl")).isEqualTo(CUSTOMER);
        assertThat(config.text("inventoryUrl")).isEqualTo(INVENTORY);
        assertThat(config.text("orderUrl")).isEqualTo(ORDER);
        assertThat(config.text("paymentUrl")).isEqualTo(PAYMENT);
        assertStrictHeaders(config);
    }

    @Test
    void theOpenApiDocumentDescribesTheConfigEndpoint() {
        ApiResponse openapi = Storefront.admitted(() -> Api.service().header("Accept", "application/json").get("/openapi"));

        assertThat(openapi.json().at("/paths/~1api~1storefront~1config/get/operationId").asText()).isEqualTo("storefrontConfig");
    }

    private static void assertStrictHeaders(ApiResponse response) {
        String policy = response.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'",
                "base-uri 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(directive(policy, "connect-src")).containsExactlyInAnyOrder("'self'", CUSTOMER, INVENTORY, ORDER, PAYMENT);
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        assertThat(response.header("Referrer-Policy")).contains("no-referrer");
    }

    private static String[] directive(String policy, String name) {
        for (String part : policy.split(";")) {
            String[] words = part.trim().split("\\s+");
            if (words[0].equals(name)) {
                return java.util.Arrays.copyOfRange(words, 1, words.length);
            }
        }
        throw new AssertionError("No " + name + " in " + policy);
    }
}
