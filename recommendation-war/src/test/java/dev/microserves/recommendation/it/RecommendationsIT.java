package dev.microserves.recommendation.it;

import static dev.microserves.recommendation.it.Shop.lines;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.recommendation.it.Shop.Order;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.HostileInput;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recommendation rules on a small purchase history produced into a real broker, read back
 * through the API once the consumer has applied it (asynchronously: every check awaits its
 * answer). Minimum support 2 (the module's failsafe configuration). Items read {@code sku score reason}.
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationsIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String BT = "bought-together";
    private static final String TS = "top-seller";

    private static Shop shop;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void start() {
        shop = new Shop();
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    @Test
    void aProductsListIsBoughtTogetherAtMinimumSupportByCountThenSkuThenItsCategoryThenTheShop() {
        String p = Shop.prefix();
        String a = p + "-A", b = p + "-B", c = p + "-C", d = p + "-D", e = p + "-E";
        String cat1 = p + "-CAT1", cat2 = p + "-CAT2", cat3 = p + "-CAT3";
        String category = "tea " + p;
        for (String sku : List.of(a, e, cat1, cat3, cat2)) {
            shop.categorize(sku, category);
        }
        for (int i = 0; i < 3; i++) {
            shop.confirm(lines(a, 1, b, 1));
        }
        for (int i = 0; i < 2; i++) {
            shop.confirm(lines(a, 1, d, 1));
            shop.confirm(lines(a, 1, c, 1));
        }
        shop.confirm(lines(a, 1, e, 1));
        shop.confirm(lines(cat1, 50));
        shop.confirm(lines(cat3, 40));
        shop.confirm(lines(cat2, 40)); // the last event of each topic is the one the first check awaits

        // A-B in 3 orders, A-C and A-D in 2 (a tie, by sku), A-E in 1: below the support; then the
        // category's sellers by units (CAT2 and CAT3 tie), never A itself.
        awaitItems("/api/recommendations/products/" + a + "?limit=5",
                b + " 3 " + BT, c + " 2 " + BT, d + " 2 " + BT, cat1 + " 50 " + TS, cat2 + " 40 " + TS);
        assertThat(items(get("/api/recommendations/products/" + a + "?limit=1"))).containsExactly(b + " 3 " + BT);
        assertThat(items(get("/api/recommendations/products/" + a))).hasSize(5);
        // E's one order with A is below the support: A comes only as a seller of E's category (8 units).
        assertThat(items(get("/api/recommendations/products/" + e + "?limit=4")))
                .containsExactly(cat1 + " 50 " + TS, cat2 + " 40 " + TS, cat3 + " 40 " + TS, a + " 8 " + TS);
        assertThat(items(get("/api/recommendations/top-sellers?category=" + HostileInput.encode(category))))
                .containsExactly(cat1 + " 50", cat2 + " 40", cat3 + " 40", a + " 8", e + " 1");

        // Past the category, the shop's top sellers in their order, still without A or a repeat.
        List<String> list = items(get("/api/recommendations/products/" + a + "?limit=20"));
        assertThat(list.subList(0, 7)).containsExactly(b + " 3 " + BT, c + " 2 " + BT, d + " 2 " + BT,
                cat1 + " 50 " + TS, cat2 + " 40 " + TS, cat3 + " 40 " + TS, e + " 1 " + TS);
        List<String> shopSellers = items(get("/api/recommendations/top-sellers?limit=20")).stream()
                .filter(s -> !List.of(a, b, c, d, e, cat1, cat2, cat3).contains(s.split(" ")[0]))
                .map(s -> s + " " + TS).toList();
        List<String> tail = list.subList(7, list.size());
        int compared = Math.min(tail.size(), shopSellers.size());
        assertThat(tail.subList(0, compared)).isEqualTo(shopSellers.subList(0, compared));
        assertThat(list).hasSizeLessThanOrEqualTo(20).doesNotHaveDuplicates().noneMatch(s -> s.startsWith(a + " "));
    }

    @Test
    void theTopSellersAreByUnitsInConfirmedOrdersThenSkuOverallAndPerCategory() {
        String p = Shop.prefix();
        // More units than any other test sells, so these lead the shop's list.
        String big = p + "-BIG", tieA = p + "-TIE-A", tieB = p + "-TIE-B", other = p + "-OTHER";
        shop.categorize(tieB, "kettles " + p);
        shop.categorize(other, "kettles " + p);
        shop.confirm(lines(big, 2_000_000_000));
        shop.confirm(lines(tieB, 1_900_000_000));
        shop.confirm(lines(tieA, 1_900_000_000));
        Order cancelled = shop.confirm(lines(other, 1_950_000_000));
        shop.cancel(cancelled);
        shop.confirm(lines(other, 5));
        awaitItems("/api/recommendations/top-sellers?category=" + HostileInput.encode("kettles " + p),
                tieB + " 1900000000", other + " 5");
        assertThat(items(get("/api/recommendations/top-sellers?limit=3")))
                .containsExactly(big + " 2000000000", tieA + " 1900000000", tieB + " 1900000000");
        assertThat(get("/api/recommendations/top-sellers?category=" + HostileInput.encode("kettles " + p))
                .text("category")).isEqualTo("kettles " + p);
        assertThat(items(get("/api/recommendations/top-sellers?category=nothing-" + p))).isEmpty();
    }

    @Test
    void aCancellationSubtractsItsPairsAndUnitsOnceAndOnlyWhenItsConfirmationCounted() {
        String p = Shop.prefix();
        String x = p + "-X", y = p + "-Y", z = p + "-Z";
        String category = "cups " + p;
        shop.categorize(x, category);
        shop.categorize(y, category);
        Order first = shop.confirm(lines(x, 1, y, 3));
        shop.confirm(lines(x, 1, y, 3));
        awaitItems("/api/recommendations/top-sellers?category=" + HostileInput.encode(category), y + " 6", x + " 2");
        assertThat(items(get("/api/recommendations/products/" + x + "?limit=1"))).containsExactly(y + " 2 " + BT);

        shop.ship(first);
        shop.cancel(first);
        shop.cancel(first); // a second cancellation (another event id) of the same order
        Order neverConfirmed = new Order(UUID.randomUUID(), UUID.randomUUID(), lines(x, 7, y, 7));
        shop.reject(neverConfirmed);
        shop.cancel(neverConfirmed);
        shop.categorize(z, category);
        shop.confirm(lines(z, 1));

        // X-Y now in one order, below the support: Y comes back as a seller, with the 3 units left.
        awaitItems("/api/recommendations/top-sellers?category=" + HostileInput.encode(category),
                y + " 3", x + " 1", z + " 1");
        assertThat(items(get("/api/recommendations/products/" + x + "?limit=2")))
                .containsExactly(y + " 3 " + TS, z + " 1 " + TS);
    }

    @Test
    void anEventDeliveredTwiceCountsOnceAndAnOrderConfirmedTwiceToo() {
        String p = Shop.prefix();
        String a = p + "-P", b = p + "-Q", marker = p + "-R";
        String category = "pots " + p;
        for (String sku : List.of(a, b, marker)) {
            shop.categorize(sku, category);
        }
        Order order = new Order(UUID.randomUUID(), UUID.randomUUID(), lines(a, 2, b, 2));
        var confirmed = shop.orderEvent(UUID.randomUUID(), order, "confirmed", "CONFIRMED");
        shop.send(Shop.ORDERS, order.id().toString(), confirmed);
        shop.send(Shop.ORDERS, order.id().toString(), confirmed);
        shop.send(Shop.ORDERS, order.id().toString(), shop.orderEvent(UUID.randomUUID(), order, "confirmed", "CONFIRMED"));
        shop.confirm(lines(marker, 1));

        awaitItems("/api/recommendations/top-sellers?category=" + HostileInput.encode(category),
                a + " 2", b + " 2", marker + " 1");
        // Counted twice, P-Q would have reached the support of 2.
        assertThat(items(get("/api/recommendations/products/" + a + "?limit=1"))).containsExactly(b + " 2 " + TS);
    }

    @Test
    void aRecordThatBreaksItsSchemaIsSkippedAndHoldsNothingBack() {
        String p = Shop.prefix();
        String a = p + "-A", marker = p + "-M";
        String category = "bins " + p;
        shop.categorize(a, category);
        shop.sendUnchecked(Shop.INVENTORY, a, "{not json");
        shop.categorize(marker, category);
        Order broken = new Order(UUID.randomUUID(), UUID.randomUUID(), lines("S".repeat(65), 1, a, 1));
        shop.sendUnchecked(Shop.ORDERS, broken.id().toString(),
                shop.orderEvent(UUID.randomUUID(), broken, "confirmed", "CONFIRMED").toString());
        shop.sendUnchecked(Shop.ORDERS, "x", "[]");
        shop.confirm(lines(marker, 1));

        // Nothing of the broken order counted (not even its valid line), and what came after was applied.
        awaitItems("/api/recommendations/top-sellers?category=" + HostileInput.encode(category), marker + " 1");
        ApiResponse status = Api.service().as(TestTokens.admin()).get("/api/admin/recommendations/status");
        assertThat(status.json().path("recordsSkipped").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCustomersListComesFromTheirPurchasesWithoutWhatTheyBoughtForThemOrAnAdminOnly() {
        String p = Shop.prefix();
        String a = p + "-A", b = p + "-B", x = p + "-X", y = p + "-Y", w = p + "-W";
        UUID customer = UUID.randomUUID();
        shop.confirm(customer, lines(a, 1, b, 1));
        shop.confirm(customer, lines(a, 1, b, 1)); // A-B reaches the support: still never offered to them
        for (int i = 0; i < 2; i++) {
            shop.confirm(lines(a, 1, x, 1));
            shop.confirm(lines(b, 1, x, 1));
            shop.confirm(lines(b, 1, y, 1));
        }
        shop.confirm(lines(a, 1, w, 1)); // A-W once: below the support
        String path = "/api/recommendations/customers/" + customer;

        // X: 2 orders with A + 2 with B; Y: 2 with B.
        ApiResponse own = awaitItems(path + "?limit=2", customer, x + " 4 " + BT, y + " 2 " + BT);
        assertThat(own.text("customerId")).isEqualTo(customer.toString());
        List<String> all = items(Api.service().as(TestTokens.admin()).get(path + "?limit=20"));
        assertThat(all.subList(0, 2)).containsExactly(x + " 4 " + BT, y + " 2 " + BT);
        assertThat(all).noneMatch(s -> s.startsWith(a + " ") || s.startsWith(b + " "))
                .allMatch(s -> s.endsWith(BT) || s.endsWith(TS));

        assertProblem(Api.service().as(TestTokens.customer(UUID.randomUUID().toString())).get(path), 403, "forbidden");
        assertThat(Api.service().get(path).status()).isEqualTo(401);
    }

    @Test
    void aRebuildReplaysTheTopicsIntoTheSameTables() throws SQLException {
        String p = Shop.prefix();
        String a = p + "-A", b = p + "-B", marker = p + "-M";
        String category = "jars " + p;
        shop.categorize(a, category);
        shop.categorize(a, category + " renamed");
        Order cancelled = shop.confirm(lines(a, 3, b, 1));
        shop.confirm(lines(a, 1, b, 2));
        shop.cancel(cancelled);
        shop.categorize(marker, category + " renamed");
        shop.confirm(lines(marker, 1));
        awaitItems("/api/recommendations/top-sellers?category=" + HostileInput.encode(category + " renamed"),
                a + " 1", marker + " 1");
        Map<String, List<String>> before = tables();

        Api admin = Api.service().as(TestTokens.admin());
        ApiResponse accepted = admin.post("/api/admin/recommendations/rebuild", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long rebuild = accepted.json().path("rebuildsRequested").asLong();
        await().atMost(SOON).untilAsserted(() ->
                assertThat(admin.get("/api/admin/recommendations/status").json().path("rebuildsCompleted").asLong())
                        .isGreaterThanOrEqualTo(rebuild));

        assertThat(tables()).isEqualTo(before);
        assertThat(before.get("purchases")).isNotEmpty();
        JsonNode status = admin.get("/api/admin/recommendations/status").json();
        assertThat(status.path("positions").findValuesAsText("topic")).contains(Shop.ORDERS, Shop.INVENTORY);
        assertThat(Api.service().as(TestTokens.customer(UUID.randomUUID().toString()))
                .post("/api/admin/recommendations/rebuild", null).status()).isEqualTo(403);
        assertThat(Api.service().post("/api/admin/recommendations/rebuild", null).status()).isEqualTo(401);
    }

    @Test
    void badLimitsSkusCategoriesAndIdsAre400ProblemsNever500() {
        for (String limit : List.of("0", "21", "-1", "abc", "1.5", "99999999999999999999", " 5")) {
            assertProblem(get("/api/recommendations/products/SKU-1?limit=" + HostileInput.encode(limit)), 400, "validation");
            assertProblem(get("/api/recommendations/top-sellers?limit=" + HostileInput.encode(limit)), 400, "validation");
        }
        assertProblem(Api.service().as(TestTokens.admin()).get("/api/recommendations/customers/not-a-uuid"),
                400, "validation");
        SoftAssertions softly = new SoftAssertions();
        for (HostileInput.Value value : HostileInput.refused("A", 64, "\u202E", false, HostileInput.URL_RUNS)) {
            String path = "/api/recommendations/products/" + HostileInput.encode(value.text());
            ApiResponse answer = HostileInput.send("GET", path, null, Map.of(), null);
            if (HostileInput.webContainerRefusesInPath(value.text()) || path.length() > HostileInput.CHANNEL_LIMIT) {
                HostileInput.assertRefused(softly, value.label(), answer.status(), null, answer.body());
            } else {
                softly.assertThat(answer.status()).as("%s: %s", value, answer).isEqualTo(400);
                softly.assertThat(answer.text("type")).as("%s", value).endsWith("/validation");
            }
        }
        for (HostileInput.Value value : HostileInput.refused("k", 100, "\u202E", false, HostileInput.URL_RUNS)) {
            String path = "/api/recommendations/top-sellers?category=" + HostileInput.encode(value.text());
            ApiResponse answer = HostileInput.send("GET", path, null, Map.of(), null);
            if (path.length() > HostileInput.CHANNEL_LIMIT) {
                HostileInput.assertRefused(softly, value.label(), answer.status(), null, answer.body());
            } else {
                softly.assertThat(answer.status()).as("%s: %s", value, answer).isEqualTo(400);
                softly.assertThat(answer.text("type")).as("%s", value).endsWith("/validation");
            }
        }
        softly.assertAll();
    }

    /** Awaits the exact items of a public list. */
    private static ApiResponse awaitItems(String path, String... expected) {
        return awaitItems(path, null, expected);
    }

    /** Awaits the exact items of a list, read as the customer given (or anonymously). */
    private static ApiResponse awaitItems(String path, UUID asCustomer, String... expected) {
        List<ApiResponse> last = new ArrayList<>(1);
        await().atMost(SOON).untilAsserted(() -> {
            ApiResponse answer = asCustomer == null ? get(path)
                    : Api.service().as(TestTokens.customer(asCustomer.toString())).get(path);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(items(answer)).containsExactly(expected);
            last.clear();
            last.add(answer);
        });
        return last.get(0);
    }

    private static ApiResponse get(String path) {
        return Api.service().get(path);
    }

    /** {@code "sku score reason"} per recommendation, {@code "sku units"} per top seller. */
    private static List<String> items(ApiResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().path("items").spliterator(), false)
                .map(i -> i.has("units") ? i.path("sku").asText() + " " + i.path("units").asLong()
                        : i.path("sku").asText() + " " + i.path("score").asLong() + " " + i.path("reason").asText())
                .toList();
    }

    /** Every derived table, row by row in a fixed order (the processed event ids included). */
    private static Map<String, List<String>> tables() throws SQLException {
        Map<String, String> queries = Map.of(
                "processed_events", "SELECT event_id, topic, type FROM processed_events ORDER BY event_id",
                "purchases", "SELECT order_id, sku, customer_id, quantity FROM purchases ORDER BY order_id, sku",
                "co_purchases", "SELECT sku_a, sku_b, orders FROM co_purchases ORDER BY sku_a, sku_b",
                "sku_units", "SELECT sku, units FROM sku_units ORDER BY sku",
                "sku_categories", "SELECT sku, category FROM sku_categories ORDER BY sku");
        Map<String, List<String>> tables = new java.util.TreeMap<>();
        try (Connection connection = TestEnvironment.connection(); Statement statement = connection.createStatement()) {
            for (var query : queries.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(query.getValue())) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(result.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(query.getKey(), rows);
            }
        }
        return tables;
    }
}
