package dev.microserves.recommendation.domain;

/** Why a product is recommended, as the contract names it. */
public enum Reason {
    /** Bought in the same orders as the product (or the customer's products); score: how many orders. */
    BOUGHT_TOGETHER("bought-together"),
    /** One of the category's or the shop's best sellers; score: the units sold. */
    TOP_SELLER("top-seller");

    private final String slug;

    Reason(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
