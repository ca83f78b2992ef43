package dev.microserves.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.microserves.testing.FaultProxy;
import dev.microserves.testing.TestTokens;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The order service's three peers, stubbed over real HTTP by WireMock servers in the test JVM on
 * the ports the server under test is configured with ({@code customer.url} etc., see the POM).
 * Stubs answer as the contract (API.md) says the real services do.
 */
final class Peers {

    static final String PROBLEM_JSON = "application/problem+json";

    final WireMockServer customer = server(Integer.getInteger("microserves.it.customer-port"));
    final WireMockServer inventory = server(0);
    final WireMockServer payment = server(0);

    /**
     * The order service reaches the inventory and payment stubs through these proxies, on the
     * ports its configuration names, so that a test can refuse connections or drop an answer
     * exactly where a network would.
     */
    FaultProxy inventoryLine;
    FaultProxy paymentLine;

    /** A product as the inventory stub reserves it. */
    record Product(String sku, String unitPrice, int weightGrams) {
    }

    /**
     * A customer as the customer stub knows it, and a token to act as it. Besides its card and its
     * PayPal method (a {@code pp_} token from the PayPal vault), it has a PayPal method in the old
     * shape, with a payer e-mail and no token, that must never be charged.
     */
    record Shopper(UUID id, UUID addressId, UUID cardId, UUID payPalId, String cardToken, UUID emailOnlyPayPalId) {
        String token() {
            return TestTokens.customer(id.toString());
        }

        String payPalToken() {
            return "pp_" + id.toString().replace("-", "");
        }
    }

    Peers start() {
        customer.start();
        inventory.start();
        payment.start();
        inventoryLine = FaultProxy.on(Integer.getInteger("microserves.it.inventory-port"), inventory.port());
        paymentLine = FaultProxy.on(Integer.getInteger("microserves.it.payment-port"), payment.port());
        reset();
        return this;
    }

    /**
     * Places orders until one is CONFIRMED, so that the server's first-call costs (REST clients,
     * JSON binding, the token, JIT) are paid before any test whose outcome depends on a timeout.
     */
    Peers warmUp() {
        Shopper shopper = shopper();
        Product product = new Product("WARM-UP-" + UUID.randomUUID().toString().substring(0, 8), "1.00", 1);
        reservable(product);
        chargeable(shopper);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Orders.place(shopper, Orders.body(shopper, product.sku(), 1)).status() == 201);
        return this;
    }

    void stop() {
        inventoryLine.close();
        paymentLine.close();
        customer.stop();
        inventory.stop();
        payment.stop();
    }

    /** Forgets every stub and request, and stubs what every test needs. */
    void reset() {
        Gate.open();
        inventoryLine.pass();
        paymentLine.pass();
        for (WireMockServer server : List.of(customer, inventory, payment)) {
            server.resetAll();
        }
        customer.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(okJson("""
                {"accessToken": "%s", "tokenType": "Bearer", "expiresIn": 600}""".formatted(TestTokens.service()))));
        inventory.stubFor(post(urlPathMatching("/api/reservations/[^/]+/(commit|release|return)"))
                .willReturn(okJson("{}")));
        inventory.stubFor(get(urlPathEqualTo("/api/reservations")).willReturn(okJson(emptyPage())));
        payment.stubFor(post(urlPathMatching("/api/payments/[^/]+/refunds"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"{{randomValue type='UUID'}}\", \"status\": \"REFUNDED\"}")));
        payment.stubFor(get(urlPathEqualTo("/api/payments")).willReturn(okJson(emptyPage())));
    }

    // ---- customer -------------------------------------------------------------------------------

    Shopper shopper() {
        return shopper(false, "US");
    }

    /** A customer with one address (in {@code country}), a card and a PayPal method (and one in the old shape). */
    Shopper shopper(boolean premium, String country) {
        Shopper shopper = new Shopper(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "tok_" + UUID.randomUUID().toString().replace("-", ""), UUID.randomUUID());
        customer.stubFor(get(urlEqualTo("/api/customers/" + shopper.id()))
                .willReturn(okJson(customerJson(shopper, premium, country, 1, true, true))));
        return shopper;
    }

    /**
     * A shopper whose record carries a version ETag (as the real customer service sends it), and
     * answers a read naming that version in If-None-Match with a bodiless 304.
     */
    Shopper versionedShopper() {
        Shopper shopper = shopper();
        customerIs(shopper, 1, false, true, true);
        return shopper;
    }

    /** The customer service now knows the shopper at this version, as described. */
    void customerIs(Shopper shopper, long version, boolean premium, boolean withAddress, boolean withCard) {
        String path = "/api/customers/" + shopper.id();
        customer.getStubMappings().stream().filter(m -> path.equals(m.getRequest().getUrl())).toList()
                .forEach(customer::removeStubMapping);
        String etag = "\"" + version + "\"";
        customer.stubFor(get(urlEqualTo(path)).atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
        customer.stubFor(get(urlEqualTo(path)).atPriority(5)
                .willReturn(okJson(customerJson(shopper, premium, "US", version, withAddress, withCard)).withHeader("ETag", etag)));
    }

    private static String customerJson(Shopper shopper, boolean premium, String country, long version,
                                       boolean withAddress, boolean withCard) {
        String address = """
                {"id": "%s", "label": "Home", "line1": "1 Main St", "city": "Springfield",
                 "postalCode": "12345", "country": "%s"}""".formatted(shopper.addressId(), country);
        String card = """
                {"id": "%s", "type": "CARD", "token": "%s", "brand": "VISA", "last4": "4242", "expMonth": 12, "expYear": 2030},
                """.formatted(shopper.cardId(), shopper.cardToken());
        return """
                {"id": "%s", "name": "Test Shopper", "email": "%s@example.com", "tier": "%s",
                 "discountRate": "%s", "freeShipping": %s,
                 "addresses": [%s],
                 "paymentMethods": [%s
                   {"id": "%s", "type": "PAYPAL", "token": "%s", "payerEmail": "%s@paypal.example.com"},
                   {"id": "%s", "type": "PAYPAL", "payerEmail": "%s@paypal.example.com"}],
                 "createdAt": "2026-01-01T00:00:00Z", "version": %d}""".formatted(
                shopper.id(), shopper.id(), premium ? "PREMIUM" : "STANDARD", premium ? "0.10" : "0.00", premium,
                withAddress ? address : "", withCard ? card : "", shopper.payPalId(), shopper.payPalToken(), shopper.id(),
                shopper.emailOnlyPayPalId(), shopper.id(), version);
    }

    // ---- inventory ------------------------------------------------------------------------------

    /** Reservations of orders whose first line is {@code products[0]} succeed, at these prices. */
    UUID reservable(Product... products) {
        UUID reservationId = UUID.randomUUID();
        inventory.stubFor(reservationOf(products[0]).willReturn(reservation(reservationId, "HELD", products)));
        return reservationId;
    }

    MappingBuilder reservationOf(Product first) {
        return post(urlEqualTo("/api/reservations"))
                .withRequestBody(matchingJsonPath("$.items[0].sku", equalTo(first.sku())));
    }

    static ResponseDefinitionBuilder reservation(UUID reservationId, String status, Product... products) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(reservationJson(reservationId, "{{jsonPath request.body '$.orderId'}}", status, products));
    }

    static String reservationJson(UUID reservationId, String orderId, String status, Product... products) {
        String items = Arrays.stream(products).map(p -> """
                {"sku": "%s", "quantity": 1, "unitPrice": {"amount": "%s", "currency": "USD"}, "weightGrams": %d}"""
                .formatted(p.sku(), p.unitPrice(), p.weightGrams())).collect(Collectors.joining(","));
        return """
                {"id": "%s", "orderId": "%s", "status": "%s", "expiresAt": "2030-01-01T00:00:00Z", "items": [%s]}"""
                .formatted(reservationId, orderId, status, items);
    }

    /** GET /api/reservations?orderId= finds this reservation. */
    void reservationFound(UUID orderId, UUID reservationId, String status, Product... products) {
        inventory.stubFor(get(urlPathEqualTo("/api/reservations")).withQueryParam("orderId", equalTo(orderId.toString()))
                .willReturn(okJson("{\"items\": [" + reservationJson(reservationId, orderId.toString(), status, products)
                        + "], \"page\": 0, \"size\": 20, \"totalItems\": 1}")));
    }

    // ---- payment --------------------------------------------------------------------------------

    MappingBuilder chargeOf(Shopper shopper) {
        return post(urlEqualTo("/api/payments"))
                .withRequestBody(matchingJsonPath("$.customerId", equalTo(shopper.id().toString())));
    }

    /** Charges for this shopper are captured; returns the payment id the stub answers with. */
    UUID chargeable(Shopper shopper) {
        UUID paymentId = UUID.randomUUID();
        payment.stubFor(chargeOf(shopper).willReturn(captured(paymentId)));
        return paymentId;
    }

    static ResponseDefinitionBuilder captured(UUID paymentId) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"id": "%s", "orderId": "{{jsonPath request.body '$.orderId'}}",
                 "customerId": "{{jsonPath request.body '$.customerId'}}", "status": "CAPTURED",
                 "amount": {"amount": "{{jsonPath request.body '$.amount.amount'}}", "currency": "USD"},
                 "processor": "CREDIT_CARD", "createdAt": "2026-01-01T00:00:00Z"}""".formatted(paymentId));
    }

    /** GET /api/payments?orderId= finds this captured payment. */
    void paymentFound(UUID orderId, UUID paymentId, String amount) {
        payment.stubFor(get(urlPathEqualTo("/api/payments")).withQueryParam("orderId", equalTo(orderId.toString()))
                .willReturn(okJson("""
                        {"items": [{"id": "%s", "orderId": "%s", "status": "CAPTURED",
                                    "amount": {"amount": "%s", "currency": "USD"}, "processor": "CREDIT_CARD",
                                    "createdAt": "2026-01-01T00:00:00Z"}],
                         "page": 0, "size": 20, "totalItems": 1}""".formatted(paymentId, orderId, amount))));
    }

    static ResponseDefinitionBuilder problem(int status, String slug, String extraJson) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON).withBody("""
                {"type": "https://microserves.dev/problems/%s", "title": "%s", "status": %d, "detail": "stubbed"%s}"""
                .formatted(slug, slug, status, extraJson == null ? "" : ", " + extraJson));
    }

    // ---- the request journal --------------------------------------------------------------------

    List<LoggedRequest> reservations(UUID orderId) {
        return inventory.findAll(postRequestedFor(urlEqualTo("/api/reservations"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString()))));
    }

    List<LoggedRequest> charges(UUID orderId) {
        return payment.findAll(postRequestedFor(urlEqualTo("/api/payments"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString()))));
    }

    List<LoggedRequest> chargesOf(Shopper shopper) {
        return payment.findAll(postRequestedFor(urlEqualTo("/api/payments"))
                .withRequestBody(matchingJsonPath("$.customerId", equalTo(shopper.id().toString()))));
    }

    List<LoggedRequest> reservationCalls(UUID reservationId, String action) {
        return inventory.findAll(postRequestedFor(urlEqualTo("/api/reservations/" + reservationId + "/" + action)));
    }

    List<LoggedRequest> refunds(UUID paymentId) {
        return payment.findAll(postRequestedFor(urlEqualTo("/api/payments/" + paymentId + "/refunds")));
    }

    int count(WireMockServer server, RequestPatternBuilder pattern) {
        return server.findAll(pattern).size();
    }

    private static WireMockServer server(int port) {
        return new WireMockServer(options().port(port).globalTemplating(true)
                .extensions(new Gate()));
    }

    /**
     * Holds the answers of the stubs that use it until a test opens it (or 10 s pass), so that a
     * test can have several calls in progress at once without relying on timing.
     */
    static final class Gate implements ResponseDefinitionTransformerV2 {

        static final String NAME = "gate";
        private static volatile CountDownLatch latch = new CountDownLatch(0);

        static void close() {
            latch = new CountDownLatch(1);
        }

        static void open() {
            latch.countDown();
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    private static String emptyPage() {
        return "{\"items\": [], \"page\": 0, \"size\": 20, \"totalItems\": 0}";
    }
}
