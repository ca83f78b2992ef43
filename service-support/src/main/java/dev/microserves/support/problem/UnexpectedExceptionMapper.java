package dev.microserves.support.problem;

import dev.microserves.support.web.TraceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a bug or an outage. The client gets a 500 with the trace id and nothing else;
 * the stack trace goes to the log under the same trace id. Bad input never reaches this mapper.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        ProblemException inside = JsonReadFailures.problemInside(failure);
        if (inside != null) {
            return ProblemResponses.of(inside, Instances.of(uriInfo));
        }
        if (JsonReadFailures.isCausedByUnreadableJson(failure)) {
            return ProblemResponses.of(JsonReadFailures.malformed(), Instances.of(uriInfo));
        }
        if (failure instanceof jakarta.persistence.OptimisticLockException
                || failure.getCause() instanceof jakarta.persistence.OptimisticLockException) {
            return ProblemResponses.of(new ProblemException(409, "concurrent-modification", "Concurrent modification",
                    "Someone else changed this resource at the same time; read it again and retry."), Instances.of(uriInfo));
        }
        return internalError(failure, Instances.of(uriInfo));
    }

    static Response internalError(Throwable failure, String instance) {
        LOG.log(Level.SEVERE, "Unexpected failure, traceId=" + TraceContext.currentTraceId(), failure);
        return ProblemResponses.of(new ProblemException(500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote the traceId when you report it."), instance);
    }
}
