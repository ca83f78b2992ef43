package dev.microserves.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microserves.inventory.domain.Money;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.StockLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo catalogue the launcher loads is one this service accepts, product by product. */
class DemoCatalogueTest {

    private static final Path DEMO = Path.of("..", "launcher", "src", "main", "resources", "demo", "20-inventory.json");

    @Test
    void everyDemoProductIsValidAndUnique() throws IOException {
        JsonNode steps = new ObjectMapper().readTree(DEMO.toFile());
        Set<String> skus = new HashSet<>();
        Set<String> categories = new HashSet<>();

        for (JsonNode step : steps) {
            assertThat(step.path("service").asText()).isEqualTo("inventory");
            assertThat(step.path("path").asText()).isEqualTo("/api/products");
            assertThat(step.path("auth").asText()).isEqualTo("admin");
            JsonNode body = step.path("body");
            Product product = new Product(body.path("sku").asText(), body.path("name").asText(),
                    body.path("description").asText(null), body.path("category").asText(),
                    Money.of(body.path("price").path("amount").asText(), body.path("price").path("currency").asText()),
                    body.path("weightGrams").asInt());
            assertThat(product.price().currency()).isEqualTo("USD");
            assertThat(body.path("initialStock").asInt()).isBetween(0, StockLevel.MAX_ADJUSTMENT);
            assertThat(step.path("id").asText()).isEqualTo("product-" + product.sku());
            assertThat(skus.add(product.sku())).as("sku %s only once", product.sku()).isTrue();
            categories.add(product.category());
        }

        assertThat(skus).hasSizeGreaterThanOrEqualTo(25);
        assertThat(categories).hasSizeGreaterThanOrEqualTo(5);
    }
}
