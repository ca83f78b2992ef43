package dev.microserves.support.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/** Pieces every service's event data uses, in the shape the REST API uses for them. */
public final class EventJson {

    private EventJson() {
    }

    /** Money as {@code {"amount": "12.30", "currency": "USD"}}: a decimal string, never a float. */
    public static JsonObject money(BigDecimal amount, String currency) {
        return Json.createObjectBuilder().add("amount", amount.setScale(2).toPlainString()).add("currency", currency).build();
    }
}
