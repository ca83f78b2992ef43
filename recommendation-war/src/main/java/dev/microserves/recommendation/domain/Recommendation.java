package dev.microserves.recommendation.domain;

/** One recommended product, its score (see {@link Reason}) and why. */
public record Recommendation(String sku, long score, Reason reason) {
}
