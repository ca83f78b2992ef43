package dev.microserves.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.microserves.benchmark.fixture.BenchmarkData;
import dev.microserves.benchmark.fixture.Orders;
import dev.microserves.benchmark.fixture.PlacedOrder;
import dev.microserves.benchmark.fixture.Shopper;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The requests the scenarios are made of, each one user's single request. Only the status each
 * scenario expects counts as success: anything else (a 409 or 402 included) fails the request.
 */
final class Requests {

    private final Settings settings;
    private final BenchmarkData data;
    private final PlacedOrders placed;

    Requests(Settings settings, BenchmarkData data) {
        this.settings = settings;
        this.data = data;
        this.placed = PlacedOrders.startingWith(data.seedOrders());
    }

    /** The whole saga: a random customer orders 1 to 3 of the products, with a fresh Idempotency-Key. */
    ChainBuilder placeOrder() {
        List<Shopper> shoppers = data.shoppers();
        return exec(session -> {
            Shopper shopper = shoppers.get(ThreadLocalRandom.current().nextInt(shoppers.size()));
            return session.set("token", shopper.token()).set("idempotencyKey", UUID.randomUUID().toString())
                    .set("order", Orders.body(shopper, Orders.randomLines(data.skus())));
        }).exec(http("POST /api/orders").post(settings.orderUrl + "/api/orders")
                .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{idempotencyKey}")
                .body(StringBody("#{order}")).asJson()
                .check(status().is(201), jsonPath("$.id").saveAs("orderId")))
                .exec(session -> {
                    if (!session.isFailed() && session.contains("orderId")) {
                        placed.add(new PlacedOrder(session.getString("orderId"), session.getString("token")));
                    }
                    return session;
                });
    }

    /** A product page, or (one time in {@code catalogue.searchShare} percent) a search page. */
    ChainBuilder catalogue() {
        double searchShare = Double.parseDouble(System.getProperty("catalogue.searchShare", "20"));
        return randomSwitch().on(
                percent(100 - searchShare).then(productPage()),
                percent(searchShare).then(searchPage()));
    }

    private ChainBuilder productPage() {
        List<String> skus = data.skus();
        return exec(session -> session.set("sku", skus.get(ThreadLocalRandom.current().nextInt(skus.size()))))
                .exec(http("GET /api/products/{sku}").get(settings.inventoryUrl + "/api/products/#{sku}")
                        .check(status().is(200)));
    }

    private ChainBuilder searchPage() {
        List<String> terms = data.searchTerms();
        return exec(session -> session.set("term", terms.get(ThreadLocalRandom.current().nextInt(terms.size()))))
                .exec(http("GET /api/products?q=").get(settings.inventoryUrl + "/api/products?q=#{term}&size=20")
                        .check(status().is(200)));
    }

    /** The owner reads one of the orders placed so far. */
    ChainBuilder orderLookup() {
        return exec(session -> {
            PlacedOrder order = placed.any();
            return session.set("lookupId", order.id()).set("lookupToken", order.token());
        }).exec(http("GET /api/orders/{id}").get(settings.orderUrl + "/api/orders/#{lookupId}")
                .header("Authorization", "Bearer #{lookupToken}").check(status().is(200)));
    }

    /** 80 % catalogue, 15 % orders, 5 % order lookups. */
    ChainBuilder mixed() {
        return randomSwitch().on(
                percent(80).then(catalogue()),
                percent(15).then(placeOrder()),
                percent(5).then(orderLookup()));
    }
}
