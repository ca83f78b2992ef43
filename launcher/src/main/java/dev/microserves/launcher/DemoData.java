package dev.microserves.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the demo data through the services' own APIs, once: each step of the {@code demo/*.json}
 * files has an id, and the ids of the steps done are kept in {@code demo-data.done} beside the
 * database's data, so a restart adds nothing twice. A step may capture a value from its answer
 * ({@code capture}: name to JSON pointer) for later steps' paths ({@code ${name}}), and say how to
 * look that value up when the step meets existing data, or has run before ({@code lookup}); paths
 * and bodies may use captured values.
 */
final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, ServiceDefinition> services;
    private final Path doneFile;
    private final String adminEmail;
    private final String adminPassword;
    private final Map<String, String> captured = new HashMap<>();
    private String adminToken;

    DemoData(List<ServiceDefinition> services, Path home, String adminEmail, String adminPassword) {
        this.services = new HashMap<>();
        services.forEach(s -> this.services.put(s.name(), s));
        this.doneFile = home.resolve("demo-data.done");
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    /** Runs every step not done yet; returns how many ran. */
    int load(List<String> files) throws IOException, InterruptedException {
        Set<String> done = Files.exists(doneFile)
                ? new HashSet<>(Files.readAllLines(doneFile, StandardCharsets.UTF_8)) : new HashSet<>();
        int ran = 0;
        for (String file : files) {
            for (JsonNode step : read(file)) {
                String id = step.path("id").asText();
                if (!services.containsKey(step.path("service").asText())) {
                    continue;
                }
                if (done.contains(id)) {
                    // A later, new step may need what this one captured: look it up again.
                    restoreCapture(step);
                    continue;
                }
                run(step);
                Files.writeString(doneFile, id + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                done.add(id);
                ran++;
            }
        }
        return ran;
    }

    private void run(JsonNode step) throws IOException, InterruptedException {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        step.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), substitute(h.getValue().asText())));
        HttpResponse<String> response = send(step.path("service").asText(), step.path("method").asText("POST"),
                substitute(step.path("path").asText()), substitute(step.path("auth").asText("none")),
                step.has("body") ? substitute(JSON.writeValueAsString(step.get("body"))) : null, headers);
        Set<Integer> expected = new HashSet<>();
        step.path("expect").forEach(s -> expected.add(s.asInt()));
        if (!expected.contains(response.statusCode())) {
            throw new IllegalStateException("Demo step " + step.path("id").asText() + " got " + response.statusCode()
                    + ": " + response.body());
        }
        JsonNode capture = step.path("capture");
        if (capture.isObject()) {
            JsonNode answer = response.statusCode() < 300 ? JSON.readTree(response.body()) : lookup(step.path("lookup"));
            capture.fields().forEachRemaining(e -> captured.put(e.getKey(),
                    answer.at(response.statusCode() < 300 ? e.getValue().asText() : step.path("lookup").path("pointer").asText()).asText()));
        }
    }

    private void restoreCapture(JsonNode step) throws IOException, InterruptedException {
        JsonNode capture = step.path("capture");
        if (!capture.isObject() || !step.path("lookup").isObject()) {
            return;
        }
        JsonNode answer = lookup(step.path("lookup"));
        capture.fieldNames().forEachRemaining(name ->
                captured.put(name, answer.at(step.path("lookup").path("pointer").asText()).asText()));
    }

    private JsonNode lookup(JsonNode lookup) throws IOException, InterruptedException {
        HttpResponse<String> found = send(lookup.path("service").asText(), "GET", lookup.path("path").asText(), "admin", null);
        return JSON.readTree(found.body());
    }

    private HttpResponse<String> send(String service, String method, String path, String auth, String body)
            throws IOException, InterruptedException {
        return send(service, method, path, auth, body, Map.of());
    }

    /**
     * {@code auth}: {@code none}, {@code admin} (the admin's token), or {@code bearer:<token>} (a
     * token a step captured, e.g. the demo customer's, to place its orders).
     */
    private HttpResponse<String> send(String service, String method, String path, String auth, String body,
                                      Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.get(service).url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if ("admin".equals(auth)) {
            request.header("Authorization", "Bearer " + adminToken());
        } else if (auth.startsWith("bearer:")) {
            request.header("Authorization", "Bearer " + auth.substring("bearer:".length()));
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminToken() throws IOException, InterruptedException {
        if (adminToken == null) {
            String credentials = JSON.writeValueAsString(Map.of("email", adminEmail, "password", adminPassword));
            HttpResponse<String> token = send("customer", "POST", "/api/auth/token", "none", credentials);
            if (token.statusCode() != 200) {
                throw new IllegalStateException("Could not sign in as the admin to load demo data: " + token.body());
            }
            adminToken = JSON.readTree(token.body()).path("accessToken").asText();
        }
        return adminToken;
    }

    private String substitute(String path) {
        String result = path;
        for (Map.Entry<String, String> e : captured.entrySet()) {
            result = result.replace("${" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                LOG.warning("No demo file " + file);
                return JSON.createArrayNode();
            }
            return JSON.readTree(in);
        }
    }
}
