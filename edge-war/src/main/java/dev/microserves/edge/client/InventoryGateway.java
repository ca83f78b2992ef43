package dev.microserves.edge.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The inventory service's catalogue, guarded: a timeout on every call, a circuit breaker that
 * opens when the service keeps failing (an unknown product is an answer, not a failure), a
 * bulkhead. Limits: {@code microserves.inventory.*}; the values here are the defaults' twins.
 */
@ApplicationScoped
@PeerCall(InventoryGateway.PEER)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = PeerRefused.class)
@Bulkhead(20)
public class InventoryGateway {

    static final String PEER = "inventory";

    @Inject
    @RestClient
    InventoryClient client;

    /** The product with its stock; an unknown sku is the inventory service's 404. GET: retried after a quick failure. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, retryOn = PeerFailure.class, abortOn = PeerTimeout.class)
    public InventoryProduct product(String sku) {
        InventoryProduct product = Calls.send(() -> client.product(sku));
        if (product == null || product.sku() == null) {
            throw new PeerFailure("answered without a product");
        }
        return product;
    }
}
