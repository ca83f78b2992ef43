package dev.microserves.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's error shape, asserted in one place: status, problem+json, slug, trace id, no internals. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ApiResponse assertProblem(ApiResponse response, int status, String slug) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("https://microserves.dev/problems/" + slug);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("traceId")).matches("[0-9a-f]{32}");
        assertThat(response.body()).doesNotContain("Exception", "java.", "jakarta.", "dev.microserves", "SQL", "\tat ");
        return response;
    }
}
