package dev.microserves.edge.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.microserves.testing.TestTokens;
import java.util.List;
import java.util.UUID;

/**
 * The storefront's four peers, stubbed over real HTTP by WireMock servers in the test JVM on the
 * ports the server under test is configured with ({@code customer.url} etc., see the POM). Stubs
 * answer as the contract (API.md) says the real services do; each test stubs its own product or
 * customer, so no test sees another's data.
 */
final class Peers {

    static final String PROBLEM_JSON = "application/problem+json";

    final WireMockServer customer = server("microserves.it.customer-port");
    final WireMockServer inventory = server("microserves.it.inventory-port");
    final WireMockServer order = server("microserves.it.order-port");
    final WireMockServer recommendation = server("microserves.it.recommendation-port");

    /** A customer the customer stub knows, with the token to act as them (one token, as a front end keeps it). */
    record Shopper(UUID id, String cardToken, String token) {
        Shopper(UUID id, String cardToken) {
            this(id, cardToken, TestTokens.customer(id.toString()));
        }

        String bearer() {
            return "Bearer " + token();
        }
    }

    Peers start() {
        all().forEach(WireMockServer::start);
        return this;
    }

    void stop() {
        all().forEach(WireMockServer::stop);
    }

    private List<WireMockServer> all() {
        return List.of(customer, inventory, order, recommendation);
    }

    // ---- inventory ------------------------------------------------------------------------------

    static String newSku() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The inventory stub knows this product (8 of 10 available) and returns it. */
    String product(String sku) {
        inventory.stubFor(productRequest(sku).willReturn(okJson("""
                {"sku": "%s", "name": "Tea %s", "description": "A test tea", "category": "tea",
                 "price": {"amount": "4.50", "currency": "USD"}, "weightGrams": 250,
                 "stock": {"onHand": 10, "reserved": 2, "available": 8}, "version": 3,
                 "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}""".formatted(sku, sku))));
        return sku;
    }

    MappingBuilder productRequest(String sku) {
        return get(urlPathEqualTo("/api/products/" + sku));
    }

    // ---- recommendation -------------------------------------------------------------------------

    /** The recommendation stub recommends {@code skus} (strongest first) with this product. */
    void recommendedWith(String sku, String... skus) {
        recommendation.stubFor(productRecommendations(sku).willReturn(okJson(
                "{\"sku\": \"" + sku + "\", \"items\": " + items("bought-together", skus) + "}")));
    }

    MappingBuilder productRecommendations(String sku) {
        return get(urlPathEqualTo("/api/recommendations/products/" + sku)).withQueryParam("limit", equalTo("5"));
    }

    void recommendedFor(Shopper shopper, String... skus) {
        recommendation.stubFor(customerRecommendations(shopper).willReturn(okJson(
                "{\"customerId\": \"" + shopper.id() + "\", \"items\": " + items("top-seller", skus) + "}")));
    }

    MappingBuilder customerRecommendations(Shopper shopper) {
        return get(urlPathEqualTo("/api/recommendations/customers/" + shopper.id()))
                .withQueryParam("limit", equalTo("5"))
                .withHeader("Authorization", equalTo(shopper.bearer()));
    }

    private static String items(String reason, String... skus) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < skus.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\": \"").append(skus[i]).append("\", \"score\": ")
                    .append(skus.length - i).append(", \"reason\": \"").append(reason).append("\"}");
        }
        return json.append("]").toString();
    }

    // ---- customer -------------------------------------------------------------------------------

    /** A customer the customer stub shows only to a request carrying the customer's own token. */
    Shopper shopper() {
        Shopper shopper = new Shopper(UUID.randomUUID(), "tok_" + UUID.randomUUID().toString().replace("-", ""));
        customer.stubFor(customerRequest(shopper).willReturn(okJson("""
                {"id": "%s", "name": "Test Shopper", "email": "%s@example.com", "tier": "PREMIUM",
                 "discountRate": "0.10", "freeShipping": true,
                 "addresses": [{"id": "%s", "label": "Home", "line1": "1 Main St", "city": "Springfield",
                                "postalCode": "12345", "country": "US"}],
                 "paymentMethods": [{"id": "%s", "type": "CARD", "token": "%s", "brand": "VISA", "last4": "4242",
                                     "expMonth": 12, "expYear": 2030}],
                 "createdAt": "2026-01-01T00:00:00Z", "version": 1}""".formatted(
                shopper.id(), shopper.id(), UUID.randomUUID(), UUID.randomUUID(), shopper.cardToken()))));
        return shopper;
    }

    MappingBuilder customerRequest(Shopper shopper) {
        return get(urlPathEqualTo("/api/customers/" + shopper.id())).withHeader("Authorization", equalTo(shopper.bearer()));
    }

    // ---- order ----------------------------------------------------------------------------------

    /** The order stub lists these orders (newest first) for the shopper, asked with their token. */
    void ordersOf(Shopper shopper, UUID... orderIds) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < orderIds.length; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "%s", "customerId": "%s", "status": "CONFIRMED",
                     "lines": [{"sku": "TEA-1", "quantity": 2, "unitPrice": {"amount": "4.50", "currency": "USD"},
                                "lineTotal": {"amount": "9.00", "currency": "USD"}}],
                     "subtotal": {"amount": "9.00", "currency": "USD"}, "discount": {"amount": "0.00", "currency": "USD"},
                     "shipping": {"amount": "0.00", "currency": "USD"}, "total": {"amount": "9.00", "currency": "USD"},
                     "createdAt": "2026-01-0%dT00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z", "version": 1}"""
                    .formatted(orderIds[i], shopper.id(), 9 - i));
        }
        order.stubFor(ordersRequest(shopper).willReturn(okJson(
                "{\"items\": " + items.append("]") + ", \"page\": 0, \"size\": 5, \"totalItems\": " + orderIds.length + "}")));
    }

    MappingBuilder ordersRequest(Shopper shopper) {
        return get(urlPathEqualTo("/api/orders"))
                .withQueryParam("customerId", equalTo(shopper.id().toString()))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("5"))
                .withHeader("Authorization", equalTo(shopper.bearer()));
    }

    // ---- answers --------------------------------------------------------------------------------

    static ResponseDefinitionBuilder problem(int status, String slug) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON).withBody("""
                {"type": "https://microserves.dev/problems/%s", "title": "%s", "status": %d, "detail": "stubbed %s"}"""
                .formatted(slug, slug, status, slug));
    }

    private static WireMockServer server(String portProperty) {
        return new WireMockServer(options().port(Integer.getInteger(portProperty)));
    }
}
