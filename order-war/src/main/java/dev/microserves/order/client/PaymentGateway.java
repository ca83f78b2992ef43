package dev.microserves.order.client;

import dev.microserves.order.domain.Money;
import dev.microserves.order.domain.PaymentInstrument;
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
 * The payment service, guarded like every peer (timeout, circuit breaker, bulkhead; limits
 * {@code microserves.payment.*}). The charge carries {@code charge:<orderId>} and the refund
 * {@code refund:<orderId>}, so sending either again can never move money twice. No fallback: a
 * charge has no degraded answer.
 */
@ApplicationScoped
@PeerCall(PaymentGateway.PEER)
@Timeout(5000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = Refusal.class)
@Bulkhead(40)
public class PaymentGateway {

    static final String PEER = "payment";
    private static final Logger LOG = Logger.getLogger(PaymentGateway.class.getName());

    @Inject
    @RestClient
    PaymentClient client;

    @Inject
    ServiceTokens tokens;

    /** Captures {@code amount}, or refuses ({@code PaymentDeclined}). */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, PeerTimeout.class, TimeoutException.class,
                    CircuitBreakerOpenException.class, BulkheadException.class})
    public PaymentView charge(UUID orderId, UUID customerId, Money amount, PaymentInstrument instrument) {
        ChargeRequest request = new ChargeRequest(orderId, customerId, MoneyJson.of(amount),
                new ChargeRequest.Method(instrument.type(), instrument.token()));
        PaymentView payment = Calls.send(PEER, () -> Calls.answerFor(PEER, orderId,
                client.charge(tokens.authorization(), SagaStep.CHARGE.idempotencyKey(orderId), request),
                PaymentView::orderId));
        if (payment == null || payment.id() == null || !payment.isCaptured()) {
            throw new StepRefused(PEER, 201, payment == null ? "empty-payment" : "payment-" + payment.status());
        }
        return payment;
    }

    /** The order's captured payment, if the payment service has one. GET: retried. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, CircuitBreakerOpenException.class, BulkheadException.class})
    public Optional<PaymentView> capturedPaymentFor(UUID orderId) {
        PaymentPage page = Calls.send(PEER, () -> client.findByOrder(tokens.authorization(), orderId));
        return page == null || page.items() == null ? Optional.empty()
                : page.items().stream().filter(PaymentView::isCaptured).findFirst();
    }

    /** Every payment the payment service has for the order, whatever its status. GET: retried. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, CircuitBreakerOpenException.class, BulkheadException.class})
    public List<PaymentView> paymentsFor(UUID orderId) {
        PaymentPage page = Calls.send(PEER, () -> client.findByOrder(tokens.authorization(), orderId));
        return page == null || page.items() == null ? List.of() : page.items();
    }

    /**
     * Refunds the whole capture. A 409 {@code refund-exceeds-capture} means it is refunded already:
     * the step is done.
     */
    @Retry(maxRetries = 1, delay = 100, jitter = 50,
            abortOn = {Refusal.class, PeerRejectedToken.class, PeerTimeout.class, TimeoutException.class,
                    CircuitBreakerOpenException.class, BulkheadException.class})
    public void refund(UUID orderId, UUID paymentId, String reason) {
        try {
            Calls.run(PEER, () -> client.refund(tokens.authorization(), SagaStep.REFUND.idempotencyKey(orderId),
                    paymentId, new RefundRequest(null, reason)));
        } catch (StepRefused refused) {
            if (refused.peerStatus() != 409 || !"refund-exceeds-capture".equals(refused.peerSlug())) {
                throw refused;
            }
            LOG.info(() -> "Payment " + paymentId + " of order " + orderId + " was refunded already");
        }
    }
}
