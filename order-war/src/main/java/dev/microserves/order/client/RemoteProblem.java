package dev.microserves.order.client;

import dev.microserves.support.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** An error answer of a peer, read as the problem+json the contract promises (or as little as it gave). */
record RemoteProblem(int status, String slug, String detail, JsonObject body) {

    static RemoteProblem read(Response response) {
        JsonObject body = JsonValue.EMPTY_JSON_OBJECT;
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : null;
            if (text != null && text.trim().startsWith("{")) {
                body = Json.createReader(new StringReader(text)).readObject();
            }
        } catch (JsonException | IllegalStateException | jakarta.ws.rs.ProcessingException unreadable) {
            // Not problem+json: the status alone has to do.
        }
        String type = body.getString("type", null);
        String slug = type != null && type.startsWith(ProblemException.TYPE_PREFIX)
                ? type.substring(ProblemException.TYPE_PREFIX.length()) : null;
        return new RemoteProblem(response.getStatus(), slug, body.getString("detail", null), body);
    }

    boolean is(int expectedStatus, String expectedSlug) {
        return status == expectedStatus && expectedSlug.equals(slug);
    }

    /** The peer may or may not have acted: it failed, was busy, or is still working on a twin request. */
    boolean isOutcomeUnknown() {
        return status >= 500 || status == 408 || status == 429 || is(409, "idempotency-in-flight");
    }
}
