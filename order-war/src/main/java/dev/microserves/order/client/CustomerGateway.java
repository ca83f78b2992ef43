package dev.microserves.order.client;

import dev.microserves.order.domain.Refusal;
import dev.microserves.order.domain.StepRefused;
import dev.microserves.order.domain.UnknownReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * bulkhead caps concurrent calls. Limits: {@code microserves.customer.*}.
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

    /** The customer with its addresses and payment methods; an unknown customer is a refusal. GET: retried. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, CircuitBreakerOpenException.class, BulkheadException.class})
    public CustomerView customer(UUID customerId) {
        try {
            return Calls.send(PEER, () -> client.customer(tokens.authorization(), customerId));
        } catch (StepRefused refused) {
            if (refused.peerStatus() == 404) {
                throw UnknownReference.customer(customerId);
            }
            throw refused;
        }
    }
}
