package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static dev.microserves.system.Shop.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server's JVM is killed (SIGKILL, no shutdown) while several clients are placing orders; the
 * launcher's supervisor brings it back. Every order then ends final, and the books agree: a
 * confirmed order has exactly its total captured and its stock committed, a rejected one has
 * nothing captured (or all of it refunded) and nothing held, and the stock on hand went down by
 * exactly what the confirmed orders bought.
 */
class CrashSystemIT {

    private static final int CLIENTS = 4;
    private static final int ORDERS_PER_CLIENT = 6;
    private static final int STOCK = 1000;

    @ParameterizedTest(name = "the {0} server")
    @ValueSource(strings = {"order", "payment", "inventory"})
    void everyOrderInFlightWhenAServerIsKilledEndsFinalWithTheBooksAgreeing(String victim) throws Exception {
        Instant start = Instant.now().minusSeconds(2);
        String sku = Shop.product("7.00", STOCK);
        List<Buyer> buyers = IntStream.range(0, CLIENTS).mapToObj(i -> Shop.buyerPayingWith(Shop.CARD_APPROVED)).toList();
        // Each attempt by its key: one whose answer was lost is asked again, with the same body.
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (Buyer buyer : buyers) {
            running.add(clients.submit(() -> {
                for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
                    Attempt attempt = new Attempt(buyer, UUID.randomUUID().toString(), 1 + i % 3);
                    attempts.put(attempt.key(), attempt);
                    try {
                        attempt.place(sku);
                    } catch (RuntimeException lostAnswer) {
                        // The connection died with the server: the key is asked again below.
                    }
                    answered.incrementAndGet();
                }
                return null;
            }));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> answered.get() >= CLIENTS);
        assertThat(RunningSystem.launcher().killService(victim)).as("a " + victim + " JVM to kill").isTrue();
        for (Future<?> client : running) {
            client.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        RunningSystem.launcher().awaitReady(victim);

        // Every attempt, asked again with its key, names its order; every order ends final.
        Map<String, Attempt> orders = new ConcurrentHashMap<>();
        for (Attempt attempt : attempts.values()) {
            String orderId = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> attempt.finalOrderId(sku), Optional::isPresent).get();
            assertThat(orders.put(orderId, attempt)).as("another attempt with order " + orderId).isNull();
        }
        assertThat(orders).hasSize(CLIENTS * ORDERS_PER_CLIENT);

        int bought = 0;
        for (Map.Entry<String, Attempt> placed : orders.entrySet()) {
            String orderId = placed.getKey();
            JsonNode order = placed.getValue().buyer().orders().get("/api/orders/" + orderId).json();
            BigDecimal captured = Shop.netCaptured(orderId);
            if (order.path("status").asText().equals("CONFIRMED")) {
                assertThat(captured).as("captured for confirmed order " + orderId)
                        .isEqualByComparingTo(order.at("/total/amount").asText());
                bought += placed.getValue().quantity();
            } else {
                assertThat(order.path("status").asText()).isEqualTo("REJECTED");
                assertThat(captured).as("captured for rejected order " + orderId).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
        ApiResponse stock = stockOf(sku);
        assertThat(stock.json().at("/stock/reserved").asInt()).as("stock held").isZero();
        assertThat(stock.json().at("/stock/onHand").asInt()).isEqualTo(STOCK - bought);
        Shop.assertBooksAgreeSince(start);
    }

    /** One order attempt: who, with which key, how many units (one line of the test's product). */
    private record Attempt(Buyer buyer, String key, int quantity) {

        ApiResponse place(String sku) {
            return placeOrder(buyer, sku, quantity, key);
        }

        /** The attempt's order once it is final (CONFIRMED or REJECTED), by asking again with its key. */
        Optional<String> finalOrderId(String sku) {
            ApiResponse answer;
            try {
                answer = place(sku);
            } catch (RuntimeException stillDown) {
                return Optional.empty();
            }
            // Asked again with the same key and body: never a different request, never a new attempt.
            assertThat(answer.status()).as(answer.toString()).isNotEqualTo(422);
            try {
                String orderId = answer.status() == 201 ? answer.text("id") : answer.text("orderId");
                if (orderId == null || orderId.isBlank()) {
                    return Optional.empty();
                }
                String status = buyer.orders().get("/api/orders/" + orderId).text("status");
                return "CONFIRMED".equals(status) || "REJECTED".equals(status) ? Optional.of(orderId) : Optional.empty();
            } catch (RuntimeException | AssertionError notAnsweringYet) {
                // A server still starting may answer without a JSON body.
                return Optional.empty();
            }
        }
    }
}
