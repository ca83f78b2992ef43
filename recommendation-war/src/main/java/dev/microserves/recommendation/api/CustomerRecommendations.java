package dev.microserves.recommendation.api;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/recommendations/customers/{id}}: {@code {customerId, items}}. */
public record CustomerRecommendations(UUID customerId, List<RecommendationItem> items) {
}
