package dev.microserves.order.service;

import dev.microserves.order.domain.Money;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderLine;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.support.events.EventJson;
import dev.microserves.support.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * The order's events on {@code microserves.orders}, one per status an order reaches for good
 * (confirmed, cancelled, shipped, rejected), recorded in the transaction that moves it there
 * ({@link OrderProgress#update}). Schemas: {@code events/schemas/dev.microserves.order.*.v1.json}.
 */
@ApplicationScoped
public class OrderEvents {

    public static final String TOPIC = "microserves.orders";
    static final String TYPE_PREFIX = "dev.microserves.order.";

    @Inject
    Outbox outbox;

    /** Records the event of the status the order has just reached, if that status has one. */
    void reached(Order order) {
        OrderStatus status = order.status();
        if (status == OrderStatus.PENDING) {
            return;
        }
        outbox.record(TOPIC, TYPE_PREFIX + status.name().toLowerCase(Locale.ROOT) + ".v1", order.id().toString(),
                data(order));
    }

    private static JsonObject data(Order order) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (OrderLine line : order.lines()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity());
            if (line.isPriced()) {
                json.add("unitPrice", money(line.unitPrice(order.currency())));
            }
            lines.add(json);
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("orderId", order.id().toString())
                .add("customerId", order.customerId().toString())
                .add("lines", lines)
                .add("status", order.status().name());
        if (order.total() != null) {
            data.add("total", money(order.total()));
        }
        return data.build();
    }

    private static JsonObject money(Money money) {
        return EventJson.money(money.amount(), money.currency());
    }
}
