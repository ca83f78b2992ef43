package dev.microserves.recommendation.api;

import dev.microserves.recommendation.domain.Recommendation;
import java.util.List;

/** {@code {sku, score, reason}}: score is the shared orders for bought-together, the units sold for top-seller. */
public record RecommendationItem(String sku, long score, String reason) {

    static List<RecommendationItem> of(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> new RecommendationItem(r.sku(), r.score(), r.reason().slug())).toList();
    }
}
