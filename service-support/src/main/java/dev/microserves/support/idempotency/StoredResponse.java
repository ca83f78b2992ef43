package dev.microserves.support.idempotency;

import dev.microserves.support.problem.ProblemResponses;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A response as the idempotency store keeps it, to be sent again byte for byte. */
public record StoredResponse(int status, String contentType, String body, String location) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Captures what a resource returned (its entity serialised as the client will see it). */
    static StoredResponse of(Response response) {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String s ? s : JSONB.toJson(entity);
        MediaType type = response.getMediaType();
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        return new StoredResponse(response.getStatus(), type == null ? MediaType.APPLICATION_JSON : type.toString(),
                body, location);
    }

    static StoredResponse of(Response problem, boolean isProblem) {
        StoredResponse stored = of(problem);
        return isProblem ? new StoredResponse(stored.status(), ProblemResponses.PROBLEM_JSON, stored.body(), null) : stored;
    }

    Response toResponse(boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).type(contentType);
        if (body != null) {
            builder.entity(body);
        }
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        if (replayed) {
            builder.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return builder.build();
    }
}
