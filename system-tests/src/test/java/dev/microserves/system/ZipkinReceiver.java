package dev.microserves.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.microserves.testing.Api;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * What a Zipkin server is to the system's exporters, in the test JVM: accepts Zipkin v2 JSON at
 * {@code /api/v2/spans} (gzipped or not) and keeps every span it was sent, for tests to search.
 */
final class ZipkinReceiver implements AutoCloseable {

    /** One received span: the fields the tests look at. */
    record ReceivedSpan(String service, String traceId, String id, String parentId, String name, String kind,
                        JsonNode tags) {
        String tag(String name) {
            return tags.path(name).asText(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    private ZipkinReceiver(HttpServer server) {
        this.server = server;
    }

    static ZipkinReceiver start(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        ZipkinReceiver receiver = new ZipkinReceiver(http);
        http.createContext("/api/v2/spans", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                InputStream body = exchange.getRequestBody();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    body = new GZIPInputStream(body);
                }
                receiver.accept(Api.JSON.readTree(body));
                exchange.sendResponseHeaders(202, -1);
            }
        });
        http.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "zipkin-receiver");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return receiver;
    }

    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort() + "/api/v2/spans";
    }

    private void accept(JsonNode batch) {
        for (JsonNode span : batch) {
            spans.add(new ReceivedSpan(span.path("localEndpoint").path("serviceName").asText(),
                    span.path("traceId").asText(), span.path("id").asText(), span.path("parentId").asText(null),
                    span.path("name").asText(), span.path("kind").asText(), span.path("tags")));
        }
    }

    /** Every span of the trace received so far. */
    List<ReceivedSpan> trace(String traceId) {
        List<ReceivedSpan> found = new ArrayList<>();
        for (ReceivedSpan span : spans) {
            if (span.traceId().equals(traceId)) {
                found.add(span);
            }
        }
        return found;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
