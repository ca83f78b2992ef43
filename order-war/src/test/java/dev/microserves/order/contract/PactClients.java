package dev.microserves.order.contract;

import au.com.dius.pact.consumer.MockServer;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** What the consumer pacts share: the real client interfaces pointed at the mock server, and the headers' shapes. */
final class PactClients {

    /** The service token the gateways send (any bearer token: the provider's verification puts in a real one). */
    static final String BEARER = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";
    static final String BEARER_SHAPE = "Bearer [A-Za-z0-9._-]+";
    /** W3C trace context, as TracePropagationFilter sends it on every call. */
    static final String TRACEPARENT_SHAPE = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The problem media type as a regular expression (its "+" is a literal), parameters allowed. */
    static final String PROBLEM_JSON_SHAPE = "application/problem\\+json.*";
    static final String PROBLEMS = "https://microserves.dev/problems/";

    private PactClients() {
    }

    /** The interface as the order service uses it (its @RegisterProvider filters and problem mappers included). */
    static <T> T client(MockServer server, Class<T> api) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(server.getUrl()))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build(api);
    }

    /** The idempotency key a saga step sends: {@code <step>:<orderId>}. */
    static String keyShape(String step) {
        return step + ":[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    }
}
