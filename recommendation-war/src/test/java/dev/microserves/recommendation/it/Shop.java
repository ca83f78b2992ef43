package dev.microserves.recommendation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.EventSchemas;
import dev.microserves.testing.TestKafka;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A purchase history made the way the other services make it: order and stock events, shaped
 * and checked against events/schemas, produced into the test broker with a plain producer.
 * Each test names its own products ({@link #prefix()}), so tests do not share rankings.
 */
final class Shop implements AutoCloseable {

    static final String ORDERS = "microserves.orders";
    static final String INVENTORY = "microserves.inventory";

    private final KafkaProducer<String, String> producer;
    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

    /** An order as this history confirmed it. */
    record Order(UUID id, UUID customerId, Map<String, Integer> lines) {
    }

    Shop() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A fresh product-name prefix, e.g. {@code T3F9A1C}. */
    static String prefix() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Lines in the order given: {@code lines("A", 1, "B", 2)}. */
    static Map<String, Integer> lines(Object... skuThenQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < skuThenQuantity.length; i += 2) {
            lines.put((String) skuThenQuantity[i], (Integer) skuThenQuantity[i + 1]);
        }
        return lines;
    }

    Order confirm(UUID customerId, Map<String, Integer> lines) {
        Order order = new Order(UUID.randomUUID(), customerId, lines);
        orders.put(order.id(), order);
        send(ORDERS, order.id().toString(), orderEvent(UUID.randomUUID(), order, "confirmed", "CONFIRMED"));
        return order;
    }

    Order confirm(Map<String, Integer> lines) {
        return confirm(UUID.randomUUID(), lines);
    }

    void cancel(Order order) {
        send(ORDERS, order.id().toString(), orderEvent(UUID.randomUUID(), order, "cancelled", "CANCELLED"));
    }

    void ship(Order order) {
        send(ORDERS, order.id().toString(), orderEvent(UUID.randomUUID(), order, "shipped", "SHIPPED"));
    }

    void reject(Order order) {
        send(ORDERS, order.id().toString(), orderEvent(UUID.randomUUID(), order, "rejected", "REJECTED"));
    }

    /** The inventory's stock.changed event for a product, naming its category. */
    void categorize(String sku, String category) {
        ObjectNode data = Api.JSON.createObjectNode().put("sku", sku).put("category", category)
                .put("onHand", 100).put("reserved", 0).put("available", 100);
        send(INVENTORY, sku, envelope(UUID.randomUUID(), "/microserves/inventory-service",
                "dev.microserves.stock.changed.v1", sku, data));
    }

    ObjectNode orderEvent(UUID eventId, Order order, String verb, String status) {
        ObjectNode data = Api.JSON.createObjectNode().put("orderId", order.id().toString())
                .put("customerId", order.customerId().toString()).put("status", status);
        var lines = data.putArray("lines");
        order.lines().forEach((sku, quantity) -> lines.addObject().put("sku", sku).put("quantity", quantity)
                .set("unitPrice", money("10.00")));
        data.set("total", money("10.00"));
        return envelope(eventId, "/microserves/order-service", "dev.microserves.order." + verb + ".v1",
                order.id().toString(), data);
    }

    /** Sends an envelope as it is (a test may send one twice), after checking it against its topic's schema. */
    void send(String topic, String key, ObjectNode envelope) {
        EventSchemas.assertValid(topic, envelope);
        sendUnchecked(topic, key, envelope.toString());
    }

    /** Sends any value, a broken one too: what a faulty producer could put on a topic. */
    void sendUnchecked(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not produce to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode envelope(UUID id, String source, String type, String subject, ObjectNode data) {
        ObjectNode envelope = Api.JSON.createObjectNode().put("specversion", "1.0").put("id", id.toString())
                .put("source", source).put("type", type)
                .put("time", Instant.now().truncatedTo(ChronoUnit.MICROS).toString())
                .put("subject", subject).put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope;
    }

    private static ObjectNode money(String amount) {
        return Api.JSON.createObjectNode().put("amount", amount).put("currency", "USD");
    }

    @Override
    public void close() {
        producer.close();
    }
}
