package dev.microserves.support.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B's own exception, when the runtime lets it through unwrapped. */
@Provider
public class JsonbFailureMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        ProblemException inside = JsonReadFailures.problemInside(exception);
        return ProblemResponses.of(inside != null ? inside : JsonReadFailures.malformed(), Instances.of(uriInfo));
    }
}
