package dev.microserves.order.client;

import dev.microserves.order.domain.DependencyUnavailable;
import dev.microserves.order.domain.Refusal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.ProcessingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The outer edge of every gateway: runs outside the fault-tolerance interceptor (lower priority
 * number), so it sees what is left after timeouts, retries, circuit breaker and bulkhead, and turns
 * it into the two things the saga reasons with: a {@link Refusal} (passed on as it is) or a
 * {@link DependencyUnavailable} that says whether the peer may have acted. It also keeps the
 * peers' last known state for the health report.
 */
@PeerCall("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class PeerCallInterceptor {

    private static final Logger LOG = Logger.getLogger(PeerCallInterceptor.class.getName());

    @Inject
    PeerStates states;

    @Inject
    ServiceTokens tokens;

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        String peer = call.getMethod().getDeclaringClass().getAnnotation(PeerCall.class).value();
        Delivery delivery = Delivery.open();
        try {
            Object result = call.proceed();
            states.answered(peer);
            return result;
        } catch (Refusal refusal) {
            states.answered(peer);
            throw refusal;
        } catch (DependencyUnavailable unavailable) {
            states.unavailable(unavailable.peer(), unavailable.detail());
            throw unavailable;
        } catch (RuntimeException failure) {
            DependencyUnavailable unavailable = stillInDoubt(peer, failure, unavailable(peer, failure), delivery);
            states.unavailable(peer, unavailable.detail());
            throw unavailable;
        } finally {
            delivery.close();
        }
    }

    /**
     * A last attempt that was never sent cannot undo the doubt an earlier attempt left: the peer
     * may still have acted on that one. A peer that answered "nothing done" to the retry (same
     * key) is believed.
     */
    private static DependencyUnavailable stillInDoubt(String peer, RuntimeException lastFailure,
                                                      DependencyUnavailable unavailable, Delivery delivery) {
        boolean neverSent = lastFailure instanceof PeerUnreachable || lastFailure instanceof CircuitBreakerOpenException
                || lastFailure instanceof BulkheadException;
        if (unavailable.maybeActed() || !neverSent || delivery.lostAnswer().isEmpty()) {
            return unavailable;
        }
        return new DependencyUnavailable(peer, true, delivery.lostAnswer().get() + ", and could not be asked again");
    }

    private DependencyUnavailable unavailable(String peer, RuntimeException failure) {
        if (failure instanceof PeerRejectedToken) {
            tokens.invalidate();
        }
        if (failure instanceof PeerFailure peerFailure) {
            return new DependencyUnavailable(peer, peerFailure.maybeActed(), peerFailure.getMessage());
        }
        if (failure instanceof TimeoutException) {
            return new DependencyUnavailable(peer, true, "did not answer in time");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new DependencyUnavailable(peer, false, "is failing; calls to it are suspended for a while (circuit open)");
        }
        if (failure instanceof BulkheadException) {
            return new DependencyUnavailable(peer, false, "is busy with too many calls from this service");
        }
        if (failure instanceof ProcessingException processing) {
            RuntimeException meaning = PeerFailure.of(peer, processing);
            if (meaning instanceof PeerFailure peerFailure) {
                return new DependencyUnavailable(peer, peerFailure.maybeActed(), peerFailure.getMessage());
            }
        }
        LOG.log(Level.WARNING, "Unexpected failure calling the " + peer + " service", failure);
        return new DependencyUnavailable(peer, true, "gave an answer this service could not use");
    }
}
