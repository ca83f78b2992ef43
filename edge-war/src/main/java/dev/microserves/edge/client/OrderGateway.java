package dev.microserves.edge.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The order service, guarded like every peer (limits {@code microserves.order.*}), with the caller's token. */
@ApplicationScoped
@PeerCall(OrderGateway.PEER)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = PeerRefused.class)
@Bulkhead(20)
public class OrderGateway {

    static final String PEER = "order";

    @Inject
    @RestClient
    OrderClient client;

    /** The customer's latest orders, newest first: the first page of the order service's list. GET: retried. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, retryOn = PeerFailure.class, abortOn = PeerTimeout.class)
    public List<OrderView> recentOrders(UUID customerId, String bearer, int howMany) {
        OrderPage page = Calls.send(() -> client.orders(bearer, customerId, 0, howMany));
        return page == null || page.items() == null ? List.of() : page.items().stream().limit(howMany).toList();
    }
}
