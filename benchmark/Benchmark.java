import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load against a running system (./run.sh): places orders end to end (customer, inventory,
 * payment and order services, real HTTP and PostgreSQL) from several concurrent clients, and
 * reads the catalogue, then prints throughput and latency percentiles. No dependencies:
 *
 *   java benchmark/Benchmark.java [clients=8] [seconds=30] [baseHost=localhost]
 *
 * It creates its own product (with enough stock) and buyers through the public APIs, so it can
 * run against the demo data without changing it. Bounded in time and count; loopback only.
 */
public class Benchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String host = "localhost";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        host = args.length > 2 ? args[2] : "localhost";

        String admin = token(9081, "{\"email\":\"admin@microserves.dev\",\"password\":\"admin-dev-password\"}");
        String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        expect(201, post(9082, "/api/products", admin, null, "{\"sku\":\"" + sku + "\",\"name\":\"Benchmark item\","
                + "\"category\":\"benchmark\",\"price\":{\"amount\":\"9.99\",\"currency\":\"USD\"},\"weightGrams\":200,"
                + "\"initialStock\":1000000}"));
        List<String[]> buyers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            buyers.add(buyer());
        }
        System.out.printf("Benchmark: %d clients for %d s against %s (product %s)%n", clients, seconds, host, sku);

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (String[] buyer : buyers) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> placed = post(9080, "/api/orders", buyer[1], UUID.randomUUID().toString(),
                            "{\"customerId\":\"" + buyer[0] + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],"
                                    + "\"shippingAddressId\":\"" + buyer[2] + "\",\"paymentMethodId\":\"" + buyer[3] + "\"}");
                    record(latencies, "place order", start);
                    statuses.computeIfAbsent(placed.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    long read = System.nanoTime();
                    get(9082, "/api/products/" + sku);
                    record(latencies, "read product", read);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);

        System.out.println("order statuses: " + new TreeMap<>(statuses));
        System.out.printf("%-14s %8s %9s %8s %8s %8s %8s%n", "operation", "count", "per sec", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var entry : new TreeMap<>(latencies).entrySet()) {
            List<Long> all = new ArrayList<>(entry.getValue());
            Collections.sort(all);
            System.out.printf("%-14s %8d %9.1f %8.1f %8.1f %8.1f %8.1f%n", entry.getKey(), all.size(),
                    all.size() / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), all.get(all.size() - 1) / 1e6);
        }
    }

    /** A new customer with an address and a tokenized test card: {id, token, addressId, paymentMethodId}. */
    private static String[] buyer() throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.test";
        HttpResponse<String> registered = expect(201, post(9081, "/api/customers", null, null, "{\"name\":\"Bench\",\"email\":\""
                + email + "\",\"password\":\"benchmark-password\",\"shippingAddress\":{\"label\":\"Home\",\"line1\":\"1 Road\","
                + "\"city\":\"Springfield\",\"postalCode\":\"12345\",\"country\":\"US\"}}"));
        String id = field(registered.body(), "id", true);
        String addressId = field(registered.body().substring(registered.body().indexOf("\"addresses\"")), "id", false);
        String token = token(9081, "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}");
        String card = field(expect(201, post(9083, "/api/payment-methods/tokens", token, null,
                "{\"number\":\"4242424242424242\",\"expMonth\":12,\"expYear\":2031,\"cvc\":\"123\"}")).body(), "token", false);
        String method = field(expect(201, post(9081, "/api/customers/" + id + "/payment-methods", token, null,
                "{\"type\":\"CARD\",\"token\":\"" + card + "\"}")).body(), "id", false);
        return new String[] {id, token, addressId, method};
    }

    private static String token(int port, String credentials) throws Exception {
        return field(expect(200, post(port, "/api/auth/token", null, null, credentials)).body(), "accessToken", false);
    }

    private static HttpResponse<String> post(int port, String path, String token, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    private static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).timeout(Duration.ofSeconds(60)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** A string field of a flat JSON answer; the last occurrence when {@code last}, else the first. */
    private static String field(String json, String name, boolean last) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        String found = null;
        while (m.find()) {
            found = m.group(1);
            if (!last) {
                break;
            }
        }
        if (found == null) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return found;
    }

    private static void record(Map<String, List<Long>> latencies, String operation, long start) {
        latencies.computeIfAbsent(operation, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - start);
    }

    private static double ms(List<Long> sorted, double percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile * sorted.size()) - 1)) / 1e6;
    }
}
