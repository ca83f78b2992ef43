package dev.microserves.inventory.service;

import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.support.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stock's events on {@code microserves.inventory}, recorded in the transaction that changes
 * the stock: {@code stock.changed} with the level after every change, and {@code stock.low} when
 * a change takes the available units down to {@code microserves.inventory.low-stock-threshold}
 * (10) or below from above it. The product's category rides along where the change knows the
 * product (its creation, a change of category): the recommendation service ranks top sellers per
 * category from it. Schema: {@code events/schemas/microserves.inventory.schema.json}.
 */
@ApplicationScoped
public class StockEvents {

    static final String TOPIC = "microserves.inventory";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "microserves.inventory.low-stock-threshold", defaultValue = "10")
    int lowStockThreshold;

    /** The stock of {@code sku} changed to {@code after}; {@code madeUnavailable} units stopped being available. */
    void changed(String sku, StockLevel after, int madeUnavailable) {
        record("dev.microserves.stock.changed.v1", sku, after, null);
        int before = after.available() + madeUnavailable;
        if (after.available() <= lowStockThreshold && before > lowStockThreshold) {
            record("dev.microserves.stock.low.v1", sku, after, null);
        }
    }

    /** A product was created or moved to another category: its stock, with its category. */
    void changed(Product product, StockLevel level) {
        record("dev.microserves.stock.changed.v1", product.sku(), level, product.category());
    }

    private void record(String type, String sku, StockLevel level, String category) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("sku", sku);
        if (category != null) {
            data.add("category", category);
        }
        outbox.record(TOPIC, type, sku, data.add("onHand", level.onHand()).add("reserved", level.reserved())
                .add("available", level.available()).build());
    }
}
