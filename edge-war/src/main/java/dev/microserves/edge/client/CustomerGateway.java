package dev.microserves.edge.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The customer service, guarded like every peer (limits {@code microserves.customer.*}). Called
 * with the caller's own token: the customer service decides what the caller may read.
 */
@ApplicationScoped
@PeerCall(CustomerGateway.PEER)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = PeerRefused.class)
@Bulkhead(20)
public class CustomerGateway {

    static final String PEER = "customer";

    @Inject
    @RestClient
    CustomerClient client;

    /** The customer, as the caller may see it. GET: retried after a quick failure. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, retryOn = PeerFailure.class, abortOn = PeerTimeout.class)
    public CustomerView customer(UUID customerId, String bearer) {
        CustomerView customer = Calls.send(() -> client.customer(bearer, customerId));
        if (customer == null || customer.id() == null) {
            throw new PeerFailure("answered without a customer");
        }
        return customer;
    }
}
