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

/**
 * The recommendation service, guarded like every peer (limits {@code microserves.recommendation.*},
 * with a shorter timeout: every page can do without it). Its failures are not hidden here: the
 * page decides that recommendations are optional and says so in its {@code degraded}.
 */
@ApplicationScoped
@PeerCall(RecommendationGateway.PEER)
@Timeout(1000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = PeerRefused.class)
@Bulkhead(20)
public class RecommendationGateway {

    public static final String PEER = "recommendation";

    @Inject
    @RestClient
    RecommendationClient client;

    /** Products bought with this one, or top sellers. Public. GET: retried after a quick failure. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, retryOn = PeerFailure.class, abortOn = PeerTimeout.class)
    public List<RecommendationView> forProduct(String sku, int limit) {
        return items(Calls.send(() -> client.forProduct(sku, limit)), limit);
    }

    /** Recommendations for the caller, from their purchases. GET: retried after a quick failure. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, retryOn = PeerFailure.class, abortOn = PeerTimeout.class)
    public List<RecommendationView> forCustomer(UUID customerId, String bearer, int limit) {
        return items(Calls.send(() -> client.forCustomer(bearer, customerId, limit)), limit);
    }

    private static List<RecommendationView> items(RecommendationList list, int limit) {
        return list == null || list.items() == null ? List.of() : list.items().stream().limit(limit).toList();
    }
}
