package dev.microserves.recommendation.service;

import dev.microserves.recommendation.domain.Categories;
import dev.microserves.recommendation.domain.CategoryEvent;
import dev.microserves.recommendation.domain.OrderEvent;
import dev.microserves.recommendation.domain.PurchaseLine;
import dev.microserves.recommendation.domain.Skus;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the CloudEvents envelopes of the topics (events/schemas). Anything that does not read as
 * its schema says is empty here, so that the consumer skips it rather than stopping on it: a
 * record that can never be applied must not hold back the ones behind it.
 */
final class Envelopes {

    /** An event's id and type, the part every envelope has. */
    record Header(UUID id, String type, JsonObject data) {
    }

    private Envelopes() {
    }

    static Optional<Header> header(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(value))) {
            JsonObject envelope = reader.readObject();
            Optional<UUID> id = uuid(envelope, "id");
            String type = text(envelope, "type");
            JsonValue data = envelope.get("data");
            if (id.isEmpty() || type == null || type.length() > 100 || !(data instanceof JsonObject object)) {
                return Optional.empty();
            }
            return Optional.of(new Header(id.get(), type, object));
        } catch (JsonException | IllegalStateException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    /** The envelope's {@code traceparent} (distributed-tracing extension), or null when it has none or is unreadable. */
    static String traceparent(String value) {
        if (value == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(value))) {
            String traceparent = text(reader.readObject(), "traceparent");
            return traceparent != null && traceparent.length() <= 55 ? traceparent : null;
        } catch (JsonException | IllegalStateException | ClassCastException unreadable) {
            return null;
        }
    }

    static Optional<OrderEvent> orderEvent(Header header) {
        JsonObject data = header.data();
        Optional<UUID> orderId = uuid(data, "orderId");
        Optional<UUID> customerId = uuid(data, "customerId");
        JsonValue lines = data.get("lines");
        if (orderId.isEmpty() || customerId.isEmpty() || lines == null || lines.getValueType() != JsonValue.ValueType.ARRAY) {
            return Optional.empty();
        }
        List<PurchaseLine> read = new ArrayList<>();
        for (JsonValue line : lines.asJsonArray()) {
            if (!(line instanceof JsonObject object) || !(object.get("quantity") instanceof JsonNumber quantity)
                    || !quantity.isIntegral() || !Skus.isValid(text(object, "sku"))) {
                return Optional.empty();
            }
            long units = quantity.longValue();
            if (units < 1 || units > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            read.add(new PurchaseLine(text(object, "sku"), (int) units));
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OrderEvent(header.id(), OrderEvent.changeOf(header.type()), orderId.get(),
                customerId.get(), read));
    }

    static Optional<CategoryEvent> categoryEvent(Header header) {
        String sku = text(header.data(), "sku");
        if (!Skus.isValid(sku)) {
            return Optional.empty();
        }
        String category = text(header.data(), "category");
        return Optional.of(new CategoryEvent(header.id(), sku, Categories.isValid(category) ? category : null));
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Optional<UUID> uuid(JsonObject object, String name) {
        String value = text(object, name);
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
