package dev.microserves.edge.service;

import dev.microserves.edge.client.ProductView;
import dev.microserves.edge.client.RecommendationView;
import dev.microserves.edge.client.StockView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A product's storefront page: the product, its stock, what goes with it, and which parts are missing. */
@JsonbPropertyOrder({"product", "stock", "recommendations", "degraded"})
public record ProductPage(ProductView product, StockView stock, List<RecommendationView> recommendations,
                          List<String> degraded) {
}
