package dev.microserves.order.client;

import dev.microserves.order.domain.StepRefused;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a peer's error answer into what the saga reasons with: a domain refusal (the peer answered
 * and did nothing), or a {@link PeerFailure} (no usable answer; the outcome may be unknown).
 * Each peer's subclass names the refusals of its part of the contract.
 */
abstract class RemoteProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    /** The peer's name, for messages and metrics. */
    protected abstract String peer();

    /** The domain refusal this answer means, or null when it is not one this peer names. */
    protected abstract RuntimeException refusalFor(RemoteProblem problem);

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        RemoteProblem problem = RemoteProblem.read(response);
        RuntimeException refusal = refusalFor(problem);
        if (refusal != null) {
            return refusal;
        }
        if (problem.status() == 401) {
            return new PeerRejectedToken(peer());
        }
        if (problem.isOutcomeUnknown()) {
            return PeerFailure.failed(peer(), problem.status(), problem.slug());
        }
        return new StepRefused(peer(), problem.status(), problem.slug());
    }
}
