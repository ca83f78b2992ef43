package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.admin;
import static dev.microserves.inventory.it.Inventory.newSku;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.productBody;
import static dev.microserves.inventory.it.Inventory.productRows;
import static dev.microserves.inventory.it.Inventory.queryLong;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.HostileInput;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract's text rules as an attacker tries them: inputs far past a field's limit that a
 * backtracking pattern would take minutes over, and the control characters that rewrite what logs
 * and screens show. Every request here runs under {@link HostileInput#TIMEOUT}, so a slow rule
 * fails the test rather than hanging the build.
 */
@ExtendWith(ArquillianExtension.class)
class TextRulesIT {

    private static final int RUN = 200_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    private static ApiResponse asAdmin(String method, String path, Map<String, String> headers, Object body) {
        return HostileInput.send(method, path, TestTokens.admin(), headers, body);
    }

    @Test
    void aHugeNameEndingInAControlCharacterIsRefusedAtOnceAndNothingIsStored() {
        // Letters make a "[^\p{Cc}]*X[^\p{Cc}]*" pattern backtrack quadratically; spaces are the classic probe.
        for (String run : new String[] {"a".repeat(RUN), " ".repeat(RUN), "a ".repeat(RUN / 2)}) {
            String sku = newSku("HUGE");
            Map<String, Object> body = productBody(sku, 1);
            body.put("name", run + "\u0007");

            assertProblem(asAdmin("POST", "/api/products", Map.of(), body), 400, "validation");
            assertThat(productRows(sku)).isZero();
        }
    }

    @Test
    void hugeDescriptionsReasonsAndSearchesEndingInAControlCharacterAreRefusedAtOnce() {
        String sku = product("HUGE", 5);
        String hostile = "a".repeat(RUN) + "\u001B";

        Map<String, Object> create = productBody(newSku("HUGE"), 1);
        create.put("description", hostile);
        assertProblem(asAdmin("POST", "/api/products", Map.of(), create), 400, "validation");
        assertProblem(asAdmin("PATCH", "/api/products/" + sku, Map.of(), Map.of("name", hostile)), 400, "validation");
        assertProblem(asAdmin("PATCH", "/api/products/" + sku, Map.of(), Map.of("description", hostile)), 400, "validation");
        assertProblem(asAdmin("POST", "/api/products/" + sku + "/stock-adjustments", Map.of(),
                Map.of("delta", 1, "reason", hostile)), 400, "validation");
        assertProblem(asAdmin("GET", "/api/products?q=" + HostileInput.encode("a".repeat(20_000) + "\u001B"),
                Map.of(), null), 400, "validation");

        ApiResponse unchanged = admin().get("/api/products/" + sku);
        assertThat(unchanged.json().path("version").asLong()).isZero();
        assertThat(unchanged.json().path("stock").path("onHand").asInt()).isEqualTo(5);
        assertThat(queryLong("select count(*) from stock_movements where sku = ?", sku)).isEqualTo(1);
    }

    @Test
    void escDelNulAndBidiCharactersAreRefusedInEveryTextField() {
        String sku = product("CTRL", 5);
        for (Map.Entry<String, String> forbidden : HostileInput.FORBIDDEN.entrySet()) {
            String text = "Tea " + forbidden.getValue() + " time";
            String label = forbidden.getKey();
            for (String field : new String[] {"name", "description"}) {
                String newSku = newSku("CTRL");
                Map<String, Object> create = productBody(newSku, 1);
                create.put(field, text);
                ApiResponse refused = asAdmin("POST", "/api/products", Map.of(), create);
                assertProblem(refused, 400, "validation");
                assertThat(refused.text("/errors/0/field")).as(label).isEqualTo(field);
                assertThat(productRows(newSku)).as(label).isZero();

                assertProblem(asAdmin("PATCH", "/api/products/" + sku, Map.of(), Map.of(field, text)), 400, "validation");
            }
            assertProblem(asAdmin("POST", "/api/products/" + sku + "/stock-adjustments", Map.of(),
                    Map.of("delta", 1, "reason", text)), 400, "validation");
            assertProblem(asAdmin("GET", "/api/products?q=" + HostileInput.encode(text), Map.of(), null), 400, "validation");
        }
        ApiResponse unchanged = admin().get("/api/products/" + sku);
        assertThat(unchanged.json().path("version").asLong()).isZero();
        assertThat(unchanged.text("name")).isEqualTo("Product " + sku);
        assertThat(unchanged.json().path("stock").path("onHand").asInt()).isEqualTo(5);
    }

    @Test
    void aDescriptionKeepsItsTabsAndLineBreaksWhereANameMayNot() {
        String sku = newSku("LINES");
        Map<String, Object> body = productBody(sku, 1);
        body.put("description", "Loose leaf.\r\n\tSteep 3 minutes.\nServe hot.");

        ApiResponse created = asAdmin("POST", "/api/products", Map.of(), body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("description")).isEqualTo("Loose leaf.\r\n\tSteep 3 minutes.\nServe hot.");
        for (String lineBreak : HostileInput.LINE_BREAKS.values()) {
            assertProblem(asAdmin("PATCH", "/api/products/" + sku, Map.of(), Map.of("name", "two" + lineBreak + "lines")),
                    400, "validation");
        }
        assertThat(admin().get("/api/products/" + sku).text("name")).isEqualTo("Product " + sku);
    }
}
