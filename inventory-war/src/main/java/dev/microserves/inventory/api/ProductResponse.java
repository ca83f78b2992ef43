package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.service.Catalogue.ProductView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A product as the API shows it, with its current stock; {@code version} is its ETag. */
public record ProductResponse(String sku, String name, @JsonbNillable String description, String category,
                              MoneyBody price, int weightGrams, StockResponse stock, long version,
                              Instant createdAt, Instant updatedAt) {

    static ProductResponse of(ProductView view) {
        Product p = view.product();
        return new ProductResponse(p.sku(), p.name(), p.description(), p.category(), MoneyBody.of(p.price()),
                p.weightGrams(), StockResponse.of(view.stock()), p.version(), p.createdAt(), p.updatedAt());
    }
}
