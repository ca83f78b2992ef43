package dev.microserves.edge.client;

import dev.microserves.support.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Reads a peer's error answer as the problem+json the contract promises (or as little as it gave):
 * a failure the peer may get over (5xx, 408, 429) is a {@link PeerFailure}, anything else a
 * {@link PeerRefused}. The same for every peer: the storefront only reads, so no peer names
 * refusals of its own here.
 */
public class PeerProblems implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status == 408 || status == 429) {
            return PeerFailure.failed(status);
        }
        JsonObject body = body(response);
        String type = body.getString("type", null);
        String slug = type != null && type.startsWith(ProblemException.TYPE_PREFIX)
                ? type.substring(ProblemException.TYPE_PREFIX.length()) : null;
        return new PeerRefused(status, slug, body.getString("detail", null));
    }

    private static JsonObject body(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : null;
            if (text != null && text.trim().startsWith("{")) {
                return Json.createReader(new StringReader(text)).readObject();
            }
        } catch (JsonException | IllegalStateException | ClassCastException | jakarta.ws.rs.ProcessingException unreadable) {
            // Not problem+json: the status alone has to do.
        }
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
