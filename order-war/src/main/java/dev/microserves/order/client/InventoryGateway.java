package dev.microserves.order.client;

import dev.microserves.order.domain.OrderItem;
import dev.microserves.order.domain.Refusal;
import dev.microserves.order.domain.SagaStep;
import dev.microserves.order.domain.StepRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The inventory service's reservations, guarded like every peer (timeout, circuit breaker,
 * bulkhead; limits {@code microserves.inventory.*}). Every POST carries the step's idempotency key
 * ({@code reserve:<orderId>}...), so it is retried once after a quick failure; never after a
 * timeout (the step is left in doubt instead) and never after a refusal.
 */
@ApplicationScoped
@PeerCall(InventoryGateway.PEER)
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = Refusal.class)
@Bulkhead(20)
public class InventoryGateway {

    static final String PEER = "inventory";
    private static final Logger LOG = Logger.getLogger(InventoryGateway.class.getName());

    @Inject
    @RestClient
    InventoryClient client;

    @Inject
    ServiceTokens tokens;

    /** Holds stock for every item, or refuses ({@code InsufficientStock}, unknown product). */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, PeerTimeout.class, TimeoutException.class,
                    CircuitBreakerOpenException.class, BulkheadException.class})
    public ReservationView reserve(UUID orderId, List<OrderItem> items) {
        ReservationRequest request = new ReservationRequest(orderId,
                items.stream().map(i -> new ReservationRequest.Item(i.sku(), i.quantity())).toList());
        ReservationView reservation = Calls.send(PEER, () -> Calls.answerFor(PEER, orderId,
                client.reserve(tokens.authorization(), SagaStep.RESERVE.idempotencyKey(orderId), request),
                ReservationView::orderId));
        if (reservation == null || reservation.id() == null) {
            throw new StepRefused(PEER, 201, "empty-reservation");
        }
        return reservation;
    }

    /** The order's reservation, if the inventory service has one. GET: retried. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, CircuitBreakerOpenException.class, BulkheadException.class})
    public Optional<ReservationView> reservationFor(UUID orderId) {
        ReservationPage page = Calls.send(PEER, () -> client.findByOrder(tokens.authorization(), orderId));
        return page == null || page.items() == null ? Optional.empty()
                : page.items().stream().filter(r -> orderId.equals(r.orderId()) || r.orderId() == null).findFirst();
    }

    /** HELD to COMMITTED. Idempotent at the peer. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, PeerTimeout.class, TimeoutException.class,
                    CircuitBreakerOpenException.class, BulkheadException.class})
    public void commit(UUID orderId, UUID reservationId) {
        Calls.run(PEER, () -> client.commit(tokens.authorization(), SagaStep.COMMIT.idempotencyKey(orderId), reservationId));
    }

    /** HELD to RELEASED. Idempotent; a committed reservation is refused (409). */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, PeerTimeout.class, TimeoutException.class,
                    CircuitBreakerOpenException.class, BulkheadException.class})
    public void release(UUID orderId, UUID reservationId) {
        Calls.run(PEER, () -> client.release(tokens.authorization(), SagaStep.RELEASE.idempotencyKey(orderId), reservationId));
    }

    /**
     * COMMITTED to RETURNED. Idempotent. A 409 means the reservation is not committed (held or
     * released): there is nothing to put back, so the step is done.
     */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, PeerTimeout.class, TimeoutException.class,
                    CircuitBreakerOpenException.class, BulkheadException.class})
    public void returnStock(UUID orderId, UUID reservationId) {
        try {
            Calls.run(PEER, () -> client.returnStock(tokens.authorization(), SagaStep.RETURN.idempotencyKey(orderId), reservationId));
        } catch (StepRefused refused) {
            if (refused.peerStatus() != 409) {
                throw refused;
            }
            LOG.warning(() -> "Reservation " + reservationId + " of order " + orderId + " was not committed; nothing to return");
        }
    }
}
