package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.admin;
import static dev.microserves.inventory.it.Inventory.anonymous;
import static dev.microserves.inventory.it.Inventory.assertStock;
import static dev.microserves.inventory.it.Inventory.customer;
import static dev.microserves.inventory.it.Inventory.held;
import static dev.microserves.inventory.it.Inventory.money;
import static dev.microserves.inventory.it.Inventory.newCategory;
import static dev.microserves.inventory.it.Inventory.newSku;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.productBody;
import static dev.microserves.inventory.it.Inventory.productRows;
import static dev.microserves.inventory.it.Inventory.queryLong;
import static dev.microserves.inventory.it.Inventory.service;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue and stock endpoints, their error paths and who may call them. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void reportsReadyAndPublishesItsOpenApi() {
        ApiResponse ready = anonymous().get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);

        ApiResponse openapi = anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/products/{sku}/stock-adjustments", "/api/reservations/{id}/commit",
                "sku-taken", "insufficient-stock", "^[A-Z0-9][A-Z0-9-]{1,39}$");
    }

    @Test
    void adminCreatesAProductThatAnyoneCanReadWithItsStock() {
        String sku = newSku("TEA");
        Map<String, Object> body = productBody(sku, 12);
        body.put("price", money("19.90"));

        ApiResponse created = admin().post("/api/products", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/products/" + sku));
        assertThat(created.header("ETag")).hasValue("\"0\"");
        assertThat(created.text("sku")).isEqualTo(sku);
        assertThat(created.text("/price/amount")).isEqualTo("19.90");
        assertThat(created.text("/price/currency")).isEqualTo("USD");

        ApiResponse read = anonymous().get("/api/products/" + sku);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).hasValue("\"0\"");
        assertThat(read.text("name")).isEqualTo("Product " + sku);
        assertThat(read.text("description")).isEqualTo("A test product");
        assertThat(read.text("category")).isEqualTo("it-products");
        assertThat(read.json().path("weightGrams").asInt()).isEqualTo(300);
        assertThat(read.json().path("version").asLong()).isZero();
        assertThat(read.json().path("price").path("amount").isTextual()).isTrue();
        assertStock(sku, 12, 0);
        assertThat(queryLong("select count(*) from stock_movements where sku = ? and kind = 'INITIAL' and delta = 12", sku))
                .isEqualTo(1);
    }

    @Test
    void aProductWithoutInitialStockHasNone() {
        String sku = newSku("EMPTY");
        Map<String, Object> body = productBody(sku, 0);
        body.remove("initialStock");
        body.remove("description");

        ApiResponse created = admin().post("/api/products", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().has("description")).isTrue();
        assertThat(created.json().path("description").isNull()).isTrue();
        assertStock(sku, 0, 0);
    }

    @Test
    void refusesASkuThatIsTakenAndKeepsTheFirstProduct() {
        String sku = product("TAKEN", 5);
        Map<String, Object> twin = productBody(sku, 99);
        twin.put("name", "Impostor");

        assertProblem(admin().post("/api/products", twin), 409, "sku-taken");

        assertThat(anonymous().get("/api/products/" + sku).text("name")).isEqualTo("Product " + sku);
        assertStock(sku, 5, 0);
    }

    @Test
    void onlyAnAdminCreatesProducts() {
        String sku = newSku("ROLE");
        Map<String, Object> body = productBody(sku, 1);

        assertThat(anonymous().post("/api/products", body).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.expired("someone", "admin")).post("/api/products", body).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.foreign("someone", "admin")).post("/api/products", body).status()).isEqualTo(401);
        assertThat(Api.service().as("not-a-jwt").post("/api/products", body).status()).isEqualTo(401);
        assertProblem(customer().post("/api/products", body), 403, "forbidden");
        assertProblem(service().post("/api/products", body), 403, "forbidden");

        assertThat(productRows(sku)).isZero();
    }

    @Test
    void refusesInvalidProductsAndWritesNothing() {
        List<Consumer<Map<String, Object>>> breakages = new ArrayList<>();
        breakages.add(b -> b.put("weightGrams", 0));
        breakages.add(b -> b.put("weightGrams", -5));
        breakages.add(b -> b.put("price", money("-1.00")));
        breakages.add(b -> b.put("price", money("1.999")));
        breakages.add(b -> b.put("price", money("1")));
        breakages.add(b -> b.put("price", money("1.00", "usd")));
        breakages.add(b -> b.remove("price"));
        breakages.add(b -> b.put("name", "bad\u0000name"));
        breakages.add(b -> b.put("name", "line\nbreak"));
        breakages.add(b -> b.put("name", "   "));
        breakages.add(b -> b.put("name", "x".repeat(201)));
        breakages.add(b -> b.remove("name"));
        breakages.add(b -> b.put("description", "nul\u0000inside"));
        breakages.add(b -> b.put("description", "y".repeat(2001)));
        breakages.add(b -> b.put("category", "Not A Slug"));
        breakages.add(b -> b.remove("category"));
        breakages.add(b -> b.put("initialStock", -1));
        breakages.add(b -> b.put("initialStock", 1_000_001));
        for (Consumer<Map<String, Object>> breakage : breakages) {
            String sku = newSku("BAD");
            Map<String, Object> body = productBody(sku, 3);
            breakage.accept(body);

            ApiResponse refused = admin().post("/api/products", body);

            assertProblem(refused, 400, "validation");
            assertThat(refused.json().path("errors").isArray()).as(refused.toString()).isTrue();
            assertThat(productRows(sku)).as("rows for %s", body).isZero();
        }
    }

    @Test
    void refusesMalformedSkus() {
        for (String sku : List.of("lower-case", "-LEADING-DASH", "A", "X".repeat(41), "WITH SPACE", "NUL\u0000")) {
            assertProblem(admin().post("/api/products", productBody(sku, 1)), 400, "validation");
        }
        assertThat(queryLong("select count(*) from products where sku like '%LEADING%' or sku = 'lower-case'")).isZero();
    }

    @Test
    void refusesAnotherCurrencyWith422() {
        String sku = newSku("EUR");
        Map<String, Object> body = productBody(sku, 1);
        body.put("price", money("5.00", "EUR"));

        ApiResponse refused = admin().post("/api/products", body);

        assertProblem(refused, 422, "unsupported-currency");
        assertThat(refused.text("supportedCurrency")).isEqualTo("USD");
        assertThat(productRows(sku)).isZero();
    }

    @Test
    void refusesMalformedJsonWrongTypesAndOversizedBodies() {
        String sku = newSku("JSON");
        assertProblem(admin().post("/api/products", "{\"sku\": \"" + sku + "\", \"name\": "), 400, "malformed-json");
        Map<String, Object> wrongType = productBody(sku, 1);
        wrongType.put("weightGrams", "heavy");
        assertThat(admin().post("/api/products", wrongType).status()).isEqualTo(400);
        Map<String, Object> fractional = productBody(sku, 1);
        fractional.put("initialStock", 2.5);
        assertProblem(admin().post("/api/products", fractional), 400, "malformed-json");
        Map<String, Object> quoted = productBody(sku, 1);
        quoted.put("weightGrams", "300");
        assertProblem(admin().post("/api/products", quoted), 400, "malformed-json");
        Map<String, Object> overflowing = productBody(sku, 1);
        overflowing.put("initialStock", 99999999999L);
        assertProblem(admin().post("/api/products", overflowing), 400, "malformed-json");
        assertThat(admin().post("/api/products", "[1, 2, 3]").status()).isEqualTo(400);
        assertThat(admin().post("/api/products", "null").status()).isEqualTo(400);
        Map<String, Object> huge = productBody(sku, 1);
        huge.put("description", "z".repeat(2 * 1024 * 1024));
        assertProblem(admin().post("/api/products", huge), 413, "payload-too-large");

        assertThat(productRows(sku)).isZero();
    }

    @Test
    void answersUnknownAndImpossibleSkusWith404() {
        assertProblem(anonymous().get("/api/products/" + newSku("NOPE")), 404, "not-found");
        assertProblem(anonymous().get("/api/products/lower-case"), 404, "not-found");
        // An encoded NUL never reaches the application: Liberty's web container refuses the URI itself.
        assertThat(anonymous().get("/api/products/NUL%00BYTE").status()).isEqualTo(400);
        assertProblem(anonymous().get("/api/products/" + "Y".repeat(300)), 404, "not-found");
    }

    @Test
    void searchesByCategoryAndCaseInsensitiveTextWithPaging() {
        String category = newCategory();
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String sku = newSku("CAT" + i);
            Map<String, Object> body = productBody(sku, 2 + i);
            body.put("category", category);
            body.put("name", i == 0 ? "Blue " + marker + " mug" : "Plain mug " + i);
            body.put("description", i == 1 ? "Glazed, " + marker.toUpperCase() + " edition" : "Plain");
            assertThat(admin().post("/api/products", body).status()).isEqualTo(201);
            skus.add(sku);
        }

        ApiResponse firstPage = anonymous().get("/api/products?category=" + category + "&size=2&page=0");
        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.json().path("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.json().path("size").asInt()).isEqualTo(2);
        assertThat(firstPage.json().path("page").asInt()).isZero();
        assertThat(firstPage.json().path("items")).hasSize(2);
        JsonNode first = firstPage.json().path("items").get(0);
        assertThat(first.path("stock").path("available").isInt()).isTrue();
        ApiResponse secondPage = anonymous().get("/api/products?category=" + category + "&size=2&page=1");
        assertThat(secondPage.json().path("items")).hasSize(1);
        List<String> listed = new ArrayList<>();
        firstPage.json().path("items").forEach(p -> listed.add(p.path("sku").asText()));
        secondPage.json().path("items").forEach(p -> listed.add(p.path("sku").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(skus);

        ApiResponse byText = anonymous().get("/api/products?q=" + marker.toLowerCase());
        List<String> matched = new ArrayList<>();
        byText.json().path("items").forEach(p -> matched.add(p.path("sku").asText()));
        assertThat(matched).containsExactlyInAnyOrder(skus.get(0), skus.get(1));

        ApiResponse both = anonymous().get("/api/products?category=" + category + "&q=PLAIN%20MUG");
        assertThat(both.json().path("totalItems").asLong()).isEqualTo(2);

        ApiResponse wildcard = anonymous().get("/api/products?category=" + category + "&q=%25");
        assertThat(wildcard.json().path("totalItems").asLong()).isZero();
    }

    @Test
    void refusesInvalidSearchParameters() {
        assertProblem(anonymous().get("/api/products?size=0"), 400, "validation");
        assertProblem(anonymous().get("/api/products?size=101"), 400, "validation");
        assertProblem(anonymous().get("/api/products?page=-1"), 400, "validation");
        assertProblem(anonymous().get("/api/products?size=ten"), 400, "validation");
        assertProblem(anonymous().get("/api/products?category=NOT%20A%20SLUG"), 400, "validation");
        assertProblem(anonymous().get("/api/products?q=" + "q".repeat(201)), 400, "validation");
        assertProblem(anonymous().get("/api/products?q=nul%00"), 400, "validation");
    }

    @Test
    void adminPatchesAProductGuardedByIfMatch() {
        String sku = product("PATCH", 4);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name", "Renamed");
        change.put("price", money("7.25"));
        change.put("weightGrams", 450);
        change.put("category", "it-renamed");
        change.put("description", "");

        ApiResponse patched = admin().header("If-Match", "\"0\"").patch("/api/products/" + sku, change);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).hasValue("\"1\"");
        assertThat(patched.json().path("version").asLong()).isEqualTo(1);
        ApiResponse read = anonymous().get("/api/products/" + sku);
        assertThat(read.text("name")).isEqualTo("Renamed");
        assertThat(read.text("/price/amount")).isEqualTo("7.25");
        assertThat(read.json().path("weightGrams").asInt()).isEqualTo(450);
        assertThat(read.text("category")).isEqualTo("it-renamed");
        assertThat(read.text("description")).isNull();
        assertStock(sku, 4, 0);

        Map<String, Object> stale = Map.of("name", "Lost update");
        assertProblem(admin().header("If-Match", "\"0\"").patch("/api/products/" + sku, stale), 412, "precondition-failed");
        assertThat(anonymous().get("/api/products/" + sku).text("name")).isEqualTo("Renamed");

        ApiResponse unconditional = admin().patch("/api/products/" + sku, Map.of("name", "Third"));
        assertThat(unconditional.status()).isEqualTo(200);
        assertThat(unconditional.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void refusesBadPatchesAndChangesNothing() {
        String sku = product("BADPATCH", 4);

        assertProblem(admin().patch("/api/products/" + sku, Map.of("price", money("3.00", "GBP"))), 422, "unsupported-currency");
        assertProblem(admin().patch("/api/products/" + sku, Map.of("weightGrams", 0)), 400, "validation");
        assertProblem(admin().patch("/api/products/" + sku, Map.of("name", "tab\tinside")), 400, "validation");
        assertProblem(admin().patch("/api/products/" + sku, "{\"name\":"), 400, "malformed-json");
        assertProblem(customer().patch("/api/products/" + sku, Map.of("name", "Mine")), 403, "forbidden");
        assertProblem(service().patch("/api/products/" + sku, Map.of("name", "Mine")), 403, "forbidden");
        assertThat(anonymous().patch("/api/products/" + sku, Map.of("name", "Mine")).status()).isEqualTo(401);
        assertProblem(admin().patch("/api/products/" + newSku("NOPE"), Map.of("name", "Ghost")), 404, "not-found");

        ApiResponse read = anonymous().get("/api/products/" + sku);
        assertThat(read.text("name")).isEqualTo("Product " + sku);
        assertThat(read.json().path("version").asLong()).isZero();
    }

    @Test
    void adjustsStockAndKeepsEveryMovement() {
        String sku = product("ADJ", 10);

        ApiResponse added = admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", 5, "reason", "delivery"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().path("onHand").asInt()).isEqualTo(15);
        assertThat(added.json().path("reserved").asInt()).isZero();
        assertThat(added.json().path("available").asInt()).isEqualTo(15);

        ApiResponse removed = admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", -4, "reason", "breakage"));
        assertThat(removed.json().path("onHand").asInt()).isEqualTo(11);
        assertStock(sku, 11, 0);

        ApiResponse history = admin().get("/api/products/" + sku + "/stock-movements");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().path("totalItems").asLong()).isEqualTo(3);
        JsonNode newest = history.json().path("items").get(0);
        assertThat(newest.path("kind").asText()).isEqualTo("ADJUSTMENT");
        assertThat(newest.path("delta").asInt()).isEqualTo(-4);
        assertThat(newest.path("onHandAfter").asInt()).isEqualTo(11);
        assertThat(newest.path("reason").asText()).isEqualTo("breakage");
        assertThat(history.json().path("items").get(2).path("kind").asText()).isEqualTo("INITIAL");
    }

    @Test
    void neverTakesOnHandBelowWhatIsReserved() {
        String sku = product("FLOOR", 10);
        held(sku, 4);

        ApiResponse refused = admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", -7, "reason", "count"));

        assertProblem(refused, 409, "insufficient-stock");
        JsonNode shortage = refused.json().path("shortages").get(0);
        assertThat(shortage.path("sku").asText()).isEqualTo(sku);
        assertThat(shortage.path("requested").asInt()).isEqualTo(7);
        assertThat(shortage.path("available").asInt()).isEqualTo(6);
        assertStock(sku, 10, 4);

        ApiResponse allowed = admin().post("/api/products/" + sku + "/stock-adjustments", Map.of("delta", -6, "reason", "count"));
        assertThat(allowed.status()).isEqualTo(200);
        assertStock(sku, 4, 4);
        assertThat(queryLong("select count(*) from stock_movements where sku = ?", sku)).isEqualTo(2);
    }

    @Test
    void refusesBadAdjustmentsAndWrongCallers() {
        String sku = product("BADADJ", 10);
        String path = "/api/products/" + sku + "/stock-adjustments";

        assertProblem(admin().post(path, Map.of("delta", 0, "reason", "nothing")), 400, "validation");
        assertProblem(admin().post(path, Map.of("delta", 5)), 400, "validation");
        assertProblem(admin().post(path, Map.of("delta", 5, "reason", "nul\u0000")), 400, "validation");
        assertProblem(admin().post(path, Map.of("delta", 2_000_000, "reason", "too much")), 400, "validation");
        assertThat(admin().post(path, Map.of("delta", "five", "reason", "typo")).status()).isEqualTo(400);
        assertProblem(admin().post(path, "{\"delta\": 5, "), 400, "malformed-json");
        assertProblem(customer().post(path, Map.of("delta", 5, "reason", "mine")), 403, "forbidden");
        assertProblem(service().post(path, Map.of("delta", 5, "reason", "mine")), 403, "forbidden");
        assertThat(anonymous().post(path, Map.of("delta", 5, "reason", "anyone")).status()).isEqualTo(401);
        assertProblem(admin().post("/api/products/" + newSku("NOPE") + "/stock-adjustments",
                Map.of("delta", 5, "reason", "ghost")), 404, "not-found");
        assertProblem(customer().get("/api/products/" + sku + "/stock-movements"), 403, "forbidden");

        assertStock(sku, 10, 0);
        assertThat(queryLong("select count(*) from stock_movements where sku = ?", sku)).isEqualTo(1);
    }

    @Test
    void anAdjustmentRetriedWithItsIdempotencyKeyAppliesOnce() {
        String sku = product("IDEMADJ", 10);
        String path = "/api/products/" + sku + "/stock-adjustments";
        Api admin = admin().header("Idempotency-Key", "adjust-" + UUID.randomUUID());

        ApiResponse first = admin.post(path, Map.of("delta", 3, "reason", "delivery"));
        ApiResponse retry = admin.post(path, Map.of("delta", 3, "reason", "delivery"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertStock(sku, 13, 0);

        assertProblem(admin.post(path, Map.of("delta", 4, "reason", "delivery")), 422, "idempotency-key-reuse");
        assertStock(sku, 13, 0);
    }

    @Test
    void theDatabaseItselfRefusesStockOutsideItsInvariants() throws SQLException {
        String sku = product("CHECKS", 5);

        try (Connection connection = TestEnvironment.connection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update stock set reserved = 6 where sku = '" + sku + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("stock_reserved_within_on_hand");
            assertThatThrownBy(() -> statement.executeUpdate("update stock set reserved = -1 where sku = '" + sku + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("stock_reserved_not_negative");
            assertThatThrownBy(() -> statement.executeUpdate("update stock set on_hand = -1 where sku = '" + sku + "'"))
                    .isInstanceOf(SQLException.class);
        }
        assertStock(sku, 5, 0);
    }
}
