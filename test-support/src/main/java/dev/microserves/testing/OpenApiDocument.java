package dev.microserves.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's OpenAPI document, held to what a code generator needs: it parses and validates
 * (swagger-parser, the parser openapi-generator uses), every operation has a unique
 * {@code operationId} and says who may call it ({@code security}, {@code []} when public), every
 * response has a described body (errors as {@code application/problem+json}), and every request
 * body carries an example that its own schema accepts.
 *
 * <p>The document is also kept in the repository ({@code contracts/openapi/<service>.yaml}, without
 * {@code servers}, which depend on where it runs) so that the generated clients build from it; a
 * service's IT fails when its live document and the committed one differ. Run that IT with
 * {@code -Dmicroserves.openapi.update=true} to write the live one instead.
 */
public final class OpenApiDocument {

    /** Statuses whose response has no body by definition. */
    private static final Set<String> BODILESS = Set.of("204", "304");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The document the service under test serves at {@code /openapi}, without its {@code servers}. */
    public static OpenApiDocument live() {
        ApiResponse served = Api.service().header("Accept", "application/json").get("/openapi?format=JSON");
        if (served.status() != 200) {
            throw new AssertionError("GET /openapi answered " + served);
        }
        return of(served.body());
    }

    public static OpenApiDocument of(String json) {
        try {
            ObjectNode document = (ObjectNode) Api.JSON.readTree(json);
            document.remove("servers");
            return new OpenApiDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode json() {
        return document;
    }

    /** Every rule this document breaks, one line each; empty when a generator can use it as it is. */
    public List<String> violations() {
        List<String> found = new ArrayList<>(parserMessages());
        Map<String, String> operationIds = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                found.add(where + ": no operationId");
            } else if (operationIds.putIfAbsent(id, where) != null) {
                found.add(where + ": operationId " + id + " is also " + operationIds.get(id) + "'s");
            }
            if (!operation.has("security") && !document.has("security")) {
                found.add(where + ": no security requirement (public operations say security: [])");
            }
            responses(where, operation.path("responses"), found);
            requestBody(where, operation.path("requestBody"), found);
        }));
        return found;
    }

    /** Fails, naming every violation. */
    public OpenApiDocument assertUsable() {
        List<String> violations = violations();
        if (!violations.isEmpty()) {
            throw new AssertionError("The OpenAPI document breaks " + violations.size() + " rule(s):\n  "
                    + String.join("\n  ", violations));
        }
        return this;
    }

    /** {@link #assertCommittedAs} the service under test (its server's name: customer, order, ...). */
    public OpenApiDocument assertCommitted() {
        return assertCommittedAs(System.getProperty("microserves.it.server-name"));
    }

    /**
     * Fails unless {@code contracts/openapi/<service>.yaml} says the same as this document; with
     * {@code -Dmicroserves.openapi.update=true} writes this document there instead.
     */
    public OpenApiDocument assertCommittedAs(String service) {
        Path file = RepositoryFiles.directory("contracts", "openapi").resolve(service + ".yaml");
        try {
            if (Boolean.getBoolean("microserves.openapi.update")) {
                Files.writeString(file, YAML.writeValueAsString(document));
                return this;
            }
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("No committed document " + file + ": run with -Dmicroserves.openapi.update=true");
            }
            JsonNode committed = YAML.readTree(file.toFile());
            if (!committed.equals(YAML.readTree(YAML.writeValueAsString(document)))) {
                throw new AssertionError("The live OpenAPI document differs from " + file
                        + " (the generated clients build from that file): review the change, then run this IT with "
                        + "-Dmicroserves.openapi.update=true and commit the file.\nLive document:\n"
                        + YAML.writeValueAsString(document));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> parserMessages() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.toString(), null, options);
        List<String> messages = new ArrayList<>();
        if (parsed.getOpenAPI() == null) {
            messages.add("swagger-parser could not read the document");
        }
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> messages.add("swagger-parser: " + message));
        }
        return messages;
    }

    private void responses(String where, JsonNode responses, List<String> found) {
        if (responses.isEmpty()) {
            found.add(where + ": no responses");
        }
        responses.fields().forEachRemaining(entry -> {
            String status = entry.getKey();
            JsonNode response = resolve(entry.getValue());
            if (BODILESS.contains(status)) {
                return;
            }
            JsonNode content = response.path("content");
            boolean error = status.startsWith("4") || status.startsWith("5");
            if (error && !content.has(PROBLEM_JSON)) {
                found.add(where + " " + status + ": not described as " + PROBLEM_JSON);
            }
            if (content.isEmpty()) {
                found.add(where + " " + status + ": no body described");
            }
            content.fields().forEachRemaining(media -> {
                if (!media.getValue().has("schema")) {
                    found.add(where + " " + status + " " + media.getKey() + ": no schema");
                }
            });
        });
    }

    private void requestBody(String where, JsonNode requestBody, List<String> found) {
        if (requestBody.isMissingNode()) {
            return;
        }
        resolve(requestBody).path("content").fields().forEachRemaining(media -> {
            JsonNode schema = media.getValue().path("schema");
            List<JsonNode> examples = examples(media.getValue(), schema);
            if (examples.isEmpty()) {
                found.add(where + " request " + media.getKey() + ": no example");
            }
            for (JsonNode example : examples) {
                for (ValidationMessage message : validate(schema, example)) {
                    found.add(where + " request example " + example + ": " + message.getMessage());
                }
            }
        });
    }

    /** The media type's examples, or else its schema's (following a $ref). */
    private List<JsonNode> examples(JsonNode media, JsonNode schema) {
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        media.path("examples").forEach(example -> examples.add(resolve(example).path("value")));
        if (examples.isEmpty()) {
            JsonNode target = resolve(schema);
            if (target.has("example")) {
                examples.add(target.get("example"));
            }
            target.path("examples").forEach(examples::add);
        }
        return examples;
    }

    private Set<ValidationMessage> validate(JsonNode schema, JsonNode example) {
        // The schema's $refs point into the document: validate against a schema that carries the
        // document's components, with the operation's schema at its root.
        ObjectNode root = Api.JSON.createObjectNode();
        root.set("components", document.path("components"));
        root.setAll((ObjectNode) schema.deepCopy());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(example);
    }

    /** A node, or what its {@code $ref} (#/components/...) names. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (Iterator<String> parts = List.of(ref.substring(2).split("/")).iterator(); parts.hasNext(); ) {
            target = target.path(parts.next().replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }
}
