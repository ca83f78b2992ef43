package dev.microserves.edge.client;

import java.math.BigDecimal;

/** One recommended product: its sku, how strongly, and why ({@code bought-together}, {@code top-seller}...). */
public record RecommendationView(String sku, BigDecimal score, String reason) {
}
