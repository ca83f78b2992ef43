package dev.microserves.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as tests read it: status, headers, and the body as JSON (or text when it is not JSON). */
public final class ApiResponse {

    /** Null when the server closed the connection without any answer. */
    private final HttpResponse<String> response;
    private JsonNode json;

    ApiResponse(HttpResponse<String> response) {
        this.response = response;
    }

    /**
     * The server closed the connection without answering (status 0, no body): what Liberty's HTTP
     * channel may do with a request line or header past its limit, before any application runs.
     */
    static ApiResponse closedWithoutAnswer() {
        return new ApiResponse(null);
    }

    public int status() {
        return response == null ? 0 : response.statusCode();
    }

    public String body() {
        return response == null ? "" : response.body();
    }

    public Optional<String> header(String name) {
        return response == null ? Optional.empty() : response.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public JsonNode json() {
        if (json == null) {
            try {
                json = body() == null || body().isBlank() ? MissingNode.getInstance() : Api.JSON.readTree(body());
            } catch (IOException e) {
                throw new AssertionError("Response body is not JSON (status " + status() + "): " + body(), e);
            }
        }
        return json;
    }

    /** A text field of the JSON body, by JSON pointer ({@code /stock/onHand}) or field name. */
    public String text(String pointerOrField) {
        JsonNode node = pointerOrField.startsWith("/") ? json().at(pointerOrField) : json().path(pointerOrField);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    @Override
    public String toString() {
        return status() + " " + contentType() + " " + body();
    }
}
