package dev.microserves.order.client;

import dev.microserves.order.domain.Refusal;
import dev.microserves.order.domain.StepRefused;
import dev.microserves.order.domain.UnknownReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The customer service, guarded: every call has a timeout, the circuit breaker opens when the
 * service keeps failing (refusals such as an unknown customer are answers, not failures), and a
 * bulkhead caps concurrent calls. Limits: {@code microserves.customer.*}. Customer reads are
 * revalidated against a {@link CustomerCache}: a customer who has not changed costs a 304.
 */
@ApplicationScoped
@PeerCall(CustomerGateway.PEER)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = Refusal.class)
@Bulkhead(20)
public class CustomerGateway {

    static final String PEER = "customer";

    @Inject
    @RestClient
    CustomerClient client;

    @Inject
    ServiceTokens tokens;

    @Inject
    CustomerCache cache;

    private final CustomerProblems problems = new CustomerProblems();

    /**
     * The customer with its addresses and payment methods, as current as the customer service
     * knows it; an unknown customer is a refusal. GET: retried. A customer read before is
     * revalidated with its ETag, and a 304 reuses the cached view ({@link CustomerCache}).
     */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, CircuitBreakerOpenException.class, BulkheadException.class})
    public CustomerView customer(UUID customerId) {
        try {
            return Calls.send(PEER, () -> read(customerId));
        } catch (StepRefused refused) {
            if (refused.peerStatus() == 404) {
                cache.forget(customerId);
                throw UnknownReference.customer(customerId);
            }
            throw refused;
        }
    }

    private CustomerView read(UUID customerId) {
        Optional<CustomerCache.Entry> known = cache.revalidatable(customerId);
        try (Response response = client.customer(tokens.authorization(),
                known.map(CustomerCache.Entry::etag).orElse(null), customerId)) {
            int status = response.getStatus();
            if (status == Response.Status.NOT_MODIFIED.getStatusCode() && known.isPresent()) {
                return known.get().view();
            }
            if (status == Response.Status.OK.getStatusCode()) {
                CustomerView view = response.readEntity(CustomerView.class);
                cache.keep(customerId, response.getHeaderString(HttpHeaders.ETAG), view);
                return view;
            }
            if (status >= 400) {
                // The client's mapper normally threw already; this keeps the meaning if it did not.
                throw problems.toThrowable(response);
            }
            throw PeerFailure.nothingDone(PEER, "answered a customer read with " + status);
        }
    }
}
