package dev.microserves.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as tests read it: status, headers, and the body as JSON (or text when it is not JSON). */
public final class ApiResponse {

    private final HttpResponse<String> response;
    private JsonNode json;

    ApiResponse(HttpResponse<String> response) {
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public JsonNode json() {
        if (json == null) {
            try {
                json = response.body() == null || response.body().isBlank()
                        ? MissingNode.getInstance() : Api.JSON.readTree(response.body());
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
