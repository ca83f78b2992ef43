package dev.microserves.edge.client;

import java.util.List;

/** The recommendation service's answer, for a product or a customer (only the items are read). */
public record RecommendationList(List<RecommendationView> items) {
}
