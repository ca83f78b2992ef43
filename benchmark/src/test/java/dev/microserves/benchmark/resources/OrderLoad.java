package dev.microserves.benchmark.resources;

import dev.microserves.benchmark.fixture.BenchmarkData;
import dev.microserves.benchmark.fixture.Orders;
import dev.microserves.benchmark.fixture.Shopper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Orders placed at a constant arrival rate (an open workload, like the Gatling scenario) for a
 * bounded time, so that resource deltas can be divided by the orders actually placed.
 */
final class OrderLoad {

    private final String orderUrl;
    private final BenchmarkData data;
    /** HTTP/1.1, as Gatling and {@link dev.microserves.benchmark.fixture.Api} (which says why). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    OrderLoad(String orderUrl, BenchmarkData data) {
        this.orderUrl = orderUrl;
        this.data = data;
    }

    /** Why the first request without an answer got none (a timeout, a closed connection, ...). */
    private volatile String firstFailure;

    /** The answers by status; {@code -1} counts requests that got no answer (timeout, refused). */
    Map<Integer, Integer> run(double perSecond, int seconds) throws InterruptedException {
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long total = Math.round(perSecond * seconds);
        clock.scheduleAtFixedRate(() -> {
            synchronized (sent) {
                if (sent.size() < total) {
                    sent.add(placeOne());
                }
            }
        }, 0, Math.round(1e9 / perSecond), TimeUnit.NANOSECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        clock.shutdownNow();
        Map<Integer, Integer> statuses = new TreeMap<>();
        synchronized (sent) {
            for (CompletableFuture<Integer> answer : sent) {
                int status;
                try {
                    status = answer.get(30, TimeUnit.SECONDS);
                } catch (Exception noAnswer) {
                    status = -1;
                }
                statuses.merge(status, 1, Integer::sum);
            }
        }
        return statuses;
    }

    String firstFailure() {
        return firstFailure;
    }

    private CompletableFuture<Integer> placeOne() {
        List<Shopper> shoppers = data.shoppers();
        Shopper shopper = shoppers.get(ThreadLocalRandom.current().nextInt(shoppers.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + shopper.token())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Orders.body(shopper, Orders.randomLines(data.skus()))))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                .exceptionally(failure -> {
                    if (firstFailure == null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        firstFailure = cause.toString();
                    }
                    return -1;
                });
    }
}
