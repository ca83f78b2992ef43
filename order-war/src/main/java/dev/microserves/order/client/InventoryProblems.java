package dev.microserves.order.client;

import dev.microserves.order.domain.InsufficientStock;
import dev.microserves.order.domain.UnknownReference;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The inventory service's refusals: {@code insufficient-stock} (with shortages) and {@code unknown-product}. */
public class InventoryProblems extends RemoteProblemMapper {

    @Override
    protected String peer() {
        return InventoryGateway.PEER;
    }

    @Override
    protected RuntimeException refusalFor(RemoteProblem problem) {
        if (problem.is(409, "insufficient-stock")) {
            return new InsufficientStock(shortages(problem.body()));
        }
        if (problem.is(422, "unknown-product")) {
            return UnknownReference.product(problem.detail());
        }
        return null;
    }

    private static List<InsufficientStock.Shortage> shortages(JsonObject body) {
        JsonValue value = body.get("shortages");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .map(s -> new InsufficientStock.Shortage(s.getString("sku", null),
                        s.getInt("requested", 0), s.getInt("available", 0)))
                .toList();
    }
}
