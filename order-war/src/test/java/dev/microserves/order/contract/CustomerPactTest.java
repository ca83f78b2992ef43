package dev.microserves.order.contract;

import static dev.microserves.order.contract.PactClients.BEARER;
import static dev.microserves.order.contract.PactClients.BEARER_SHAPE;
import static dev.microserves.order.contract.PactClients.PROBLEMS;
import static dev.microserves.order.contract.PactClients.PROBLEM_JSON;
import static dev.microserves.order.contract.PactClients.PROBLEM_JSON_SHAPE;
import static dev.microserves.order.contract.PactClients.TRACEPARENT;
import static dev.microserves.order.contract.PactClients.TRACEPARENT_SHAPE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.microserves.order.client.AuthClient;
import dev.microserves.order.client.CustomerClient;
import dev.microserves.order.client.CustomerView;
import dev.microserves.order.client.TokenRequest;
import dev.microserves.order.client.TokenResponse;
import dev.microserves.testing.CommittedPacts;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the order service needs from the customer service: its own service token (client
 * credentials), and a customer with the tier benefits, addresses and payment-method tokens it prices
 * and charges by, with the ETag it revalidates by; an unknown customer is a 404.
 */
@ExtendWith({CommittedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = "customer", pactVersion = PactSpecVersion.V3)
class CustomerPactTest {

    private static final UUID CUSTOMER = UUID.fromString("0f000000-0000-4000-8000-000000000001");
    private static final UUID NO_CUSTOMER = UUID.fromString("0f000000-0000-4000-8000-0000000000ff");
    private static final UUID ADDRESS = UUID.fromString("0f000000-0000-4000-8000-000000000002");
    private static final UUID CARD = UUID.fromString("0f000000-0000-4000-8000-000000000003");
    /** The development default of the order service's client credentials (microserves.service-clients). */
    private static final TokenRequest CREDENTIALS = new TokenRequest("order-service", "order-service-dev-secret");

    @Pact(consumer = "order")
    RequestResponsePact serviceToken(PactDslWithProvider provider) {
        return provider.given("service client order-service")
                .uponReceiving("a service token for the order service")
                .method("POST")
                .path("/api/auth/token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .body(new PactDslJsonBody()
                        .stringValue("clientId", CREDENTIALS.clientId())
                        .stringValue("clientSecret", CREDENTIALS.clientSecret()))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .stringType("accessToken", "eyJhbGciOiJSUzI1NiJ9.service-token.signature")
                        .stringValue("tokenType", "Bearer")
                        .integerType("expiresIn", 3600))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "serviceToken")
    void theServiceGetsItsToken(MockServer server) {
        TokenResponse token = PactClients.client(server, AuthClient.class).token(CREDENTIALS);

        assertThat(token.accessToken()).isNotBlank();
        assertThat(token.tokenType()).isEqualTo("Bearer");
    }

    @Pact(consumer = "order")
    RequestResponsePact customer(PactDslWithProvider provider) {
        return provider.given("a premium customer with an address and a card")
                .uponReceiving("a customer read by the order service")
                .method("GET")
                .pathFromProviderState("/api/customers/${customerId}", "/api/customers/" + CUSTOMER)
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .matchHeader("traceparent", TRACEPARENT_SHAPE, TRACEPARENT)
                .willRespondWith()
                .status(200)
                .matchHeader("ETag", "\"[0-9]+\"", "\"1\"")
                .body(new PactDslJsonBody()
                        .uuid("id", CUSTOMER)
                        .stringValue("tier", "PREMIUM")
                        .stringMatcher("discountRate", "[0-9]+\\.[0-9]+", "0.10")
                        .booleanValue("freeShipping", true)
                        .minArrayLike("addresses", 1)
                            .uuid("id", ADDRESS)
                            .stringType("line1", "12 Analytical Row")
                            .stringType("city", "London")
                            .stringType("postalCode", "NW1 2DB")
                            .stringMatcher("country", "[A-Z]{2}", "GB")
                        .closeObject().closeArray().asBody()
                        .minArrayLike("paymentMethods", 1)
                            .uuid("id", CARD)
                            .stringValue("type", "CARD")
                            .stringMatcher("token", "tok_[A-Za-z0-9]+", "tok_00000000000000000000000000000000")
                        .closeObject().closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "customer")
    void aCustomerCarriesWhatTheOrderIsPricedAndChargedBy(MockServer server) {
        try (Response response = PactClients.client(server, CustomerClient.class).customer(BEARER, null, CUSTOMER)) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaderString(HttpHeaders.ETAG)).isNotBlank();
            CustomerView customer = response.readEntity(CustomerView.class);
            assertThat(customer.shipsFree()).isTrue();
            assertThat(customer.discountRateValue()).isPositive();
            assertThat(customer.address(ADDRESS)).isPresent();
            assertThat(customer.paymentMethod(CARD)).hasValueSatisfying(card -> assertThat(card.token()).startsWith("tok_"));
        }
    }

    @Pact(consumer = "order")
    RequestResponsePact unknownCustomer(PactDslWithProvider provider) {
        return provider.given("no customer " + NO_CUSTOMER)
                .uponReceiving("a read of a customer that does not exist")
                .method("GET")
                .path("/api/customers/" + NO_CUSTOMER)
                .matchHeader("Authorization", BEARER_SHAPE, BEARER)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", PROBLEM_JSON_SHAPE, PROBLEM_JSON)
                .body(new PactDslJsonBody().stringValue("type", PROBLEMS + "not-found"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownCustomer")
    void anUnknownCustomerIsA404(MockServer server) {
        CustomerClient client = PactClients.client(server, CustomerClient.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.customer(BEARER, null, NO_CUSTOMER).close())
                .isInstanceOfSatisfying(dev.microserves.order.domain.StepRefused.class,
                        refused -> assertThat(refused.peerStatus()).isEqualTo(404));
    }
}
