package dev.microserves.support.problem;

import dev.microserves.support.web.TraceContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds {@code application/problem+json} responses. The body is serialised here, to a string, so
 * that it does not depend on which JSON provider a runtime picks for the problem media type.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemResponses() {
    }

    /** The problem as a response; {@code instance} defaults to the path of the request being served. */
    public static Response of(ProblemException problem, String instance) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(PROBLEM_JSON_TYPE)
                .entity(body(problem, instance));
        Object retryAfter = problem.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return response.build();
    }

    /** The problem's JSON body. */
    static String body(ProblemException problem, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemException.TYPE_PREFIX + problem.slug());
        body.put("title", problem.title());
        body.put("status", problem.status());
        if (problem.detail() != null) {
            body.put("detail", problem.detail());
        }
        String path = instance != null ? instance : TraceContext.currentRequestPath();
        if (path != null) {
            body.put("instance", path);
        }
        body.put("traceId", TraceContext.currentTraceId());
        body.putAll(problem.extensions());
        return JSONB.toJson(body);
    }
}
