package dev.microserves.support.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the JAX-RS runtime itself refuses (no such path, wrong method, unsupported media type, a body
 * it could not read) answered as problem+json instead of the runtime's HTML or empty body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        if (status == 400 && JsonReadFailures.isCausedByUnreadableJson(exception)) {
            return ProblemResponses.of(JsonReadFailures.malformed(), Instances.of(uriInfo));
        }
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(exception, Instances.of(uriInfo));
        }
        return ProblemResponses.of(forStatus(status), Instances.of(uriInfo));
    }

    static ProblemException forStatus(int status) {
        return switch (status) {
            case 400 -> new ProblemException(400, "bad-request", "Bad request", "The request could not be understood.");
            case 401 -> new ProblemException(401, "unauthorized", "Unauthorized", "A valid bearer token is required.");
            case 403 -> ProblemException.forbidden("You are not allowed to do this.");
            case 404 -> ProblemException.notFound("No resource exists at this path.");
            case 405 -> new ProblemException(405, "method-not-allowed", "Method not allowed",
                    "This resource does not support the request's method.");
            case 406 -> new ProblemException(406, "not-acceptable", "Not acceptable",
                    "This resource answers application/json only.");
            case 415 -> new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            default -> new ProblemException(status, "http-" + status, Response.Status.fromStatusCode(status) == null
                    ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), null);
        };
    }
}
