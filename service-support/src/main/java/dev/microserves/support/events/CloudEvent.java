package dev.microserves.support.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in its JSON format: what goes on the topic, keyed by its subject
 * (the aggregate's id), so that one aggregate's events stay in order on one partition.
 */
public record CloudEvent(UUID id, String source, String type, Instant time, String subject, JsonObject data,
                         String traceparent) {

    public static final String SPEC_VERSION = "1.0";

    /** A new event, now, with a fresh id. */
    public static CloudEvent of(String source, String type, String subject, JsonObject data, String traceparent) {
        return new CloudEvent(UUID.randomUUID(), source, type, Instant.now().truncatedTo(ChronoUnit.MICROS), subject,
                data, traceparent);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("specversion", SPEC_VERSION)
                .add("id", id.toString())
                .add("source", source)
                .add("type", type)
                .add("time", time.toString())
                .add("subject", subject)
                .add("datacontenttype", "application/json")
                .add("data", data);
        if (traceparent != null) {
            json.add("traceparent", traceparent);
        }
        return json.build();
    }
}
