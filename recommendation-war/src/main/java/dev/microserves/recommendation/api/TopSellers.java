package dev.microserves.recommendation.api;

import dev.microserves.recommendation.domain.TopSeller;
import java.util.List;

/** {@code GET /api/recommendations/top-sellers}: {@code {category?, items: [{sku, units}]}}. */
public record TopSellers(String category, List<Item> items) {

    public record Item(String sku, long units) {
    }

    static TopSellers of(String category, List<TopSeller> sellers) {
        return new TopSellers(category, sellers.stream().map(s -> new Item(s.sku(), s.units())).toList());
    }
}
