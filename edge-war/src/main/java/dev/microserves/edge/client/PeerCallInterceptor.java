package dev.microserves.edge.client;

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
 * it into the two things the pages reason with: a {@link PeerRefused} (passed on as it is) or a
 * {@link DependencyUnavailable}. It also keeps the peers' last known state for the health report.
 * It logs why a peer failed, never a request's headers (the caller's token travels there).
 */
@PeerCall("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class PeerCallInterceptor {

    private static final Logger LOG = Logger.getLogger(PeerCallInterceptor.class.getName());

    @Inject
    PeerStates states;

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        String peer = call.getMethod().getDeclaringClass().getAnnotation(PeerCall.class).value();
        try {
            Object result = call.proceed();
            states.answered(peer);
            return result;
        } catch (PeerRefused refused) {
            states.answered(peer);
            throw refused;
        } catch (RuntimeException failure) {
            DependencyUnavailable unavailable = new DependencyUnavailable(peer, why(peer, failure));
            states.unavailable(peer, unavailable.detail());
            throw unavailable;
        }
    }

    private static String why(String peer, RuntimeException failure) {
        if (failure instanceof PeerFailure) {
            return failure.getMessage();
        }
        if (failure instanceof TimeoutException) {
            return "did not answer in time";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "is failing; calls to it are suspended for a while (circuit open)";
        }
        if (failure instanceof BulkheadException) {
            return "is busy with too many calls from the storefront";
        }
        if (failure instanceof ProcessingException processing
                && PeerFailure.of(processing) instanceof PeerFailure meaning) {
            return meaning.getMessage();
        }
        LOG.log(Level.WARNING, "Unexpected failure calling the " + peer + " service", failure);
        return "gave an answer the storefront could not use";
    }
}
