package dev.microserves.recommendation.domain;

/** A product with the units sold in confirmed, not cancelled orders. */
public record TopSeller(String sku, long units) {

    public Recommendation asRecommendation() {
        return new Recommendation(sku, units, Reason.TOP_SELLER);
    }
}
