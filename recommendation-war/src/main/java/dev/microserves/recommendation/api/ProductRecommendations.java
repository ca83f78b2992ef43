package dev.microserves.recommendation.api;

import java.util.List;

/** {@code GET /api/recommendations/products/{sku}}: {@code {sku, items}}. */
public record ProductRecommendations(String sku, List<RecommendationItem> items) {
}
