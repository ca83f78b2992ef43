package dev.microserves.support.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the runtime failed to read surfaces as a ProcessingException: a 400, never a 500. */
@Provider
public class BodyReadFailureMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException exception) {
        ProblemException inside = JsonReadFailures.problemInside(exception);
        if (inside != null) {
            return ProblemResponses.of(inside, Instances.of(uriInfo));
        }
        if (JsonReadFailures.isCausedByUnreadableJson(exception)) {
            return ProblemResponses.of(JsonReadFailures.malformed(), Instances.of(uriInfo));
        }
        return UnexpectedExceptionMapper.internalError(exception, Instances.of(uriInfo));
    }
}
