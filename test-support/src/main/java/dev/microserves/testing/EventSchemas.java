package dev.microserves.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event schemas of the repository ({@code events/schemas/<topic>.schema.json}, JSON Schema
 * 2020-12, formats asserted), so that a test can hold every event a service publishes to them.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> BY_TOPIC = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails, naming every violation, unless the event is valid for its topic's schema. */
    public static void assertValid(String topic, JsonNode envelope) {
        Set<ValidationMessage> violations = schemaOf(topic).validate(envelope);
        if (!violations.isEmpty()) {
            throw new AssertionError("Event on " + topic + " breaks its schema: " + violations + "\n" + envelope);
        }
    }

    private static JsonSchema schemaOf(String topic) {
        return BY_TOPIC.computeIfAbsent(topic, t -> {
            Path file = directory().resolve(t + ".schema.json");
            try {
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(JSON.readTree(file.toFile()), config);
            } catch (IOException e) {
                throw new UncheckedIOException("No schema for topic " + t + " at " + file, e);
            }
        });
    }

    /** {@code events/schemas} of the repository. */
    static Path directory() {
        return RepositoryFiles.directory("events", "schemas");
    }
}
