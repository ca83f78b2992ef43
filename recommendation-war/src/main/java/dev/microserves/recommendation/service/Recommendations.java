package dev.microserves.recommendation.service;

import dev.microserves.recommendation.domain.Ranking;
import dev.microserves.recommendation.domain.Recommendation;
import dev.microserves.recommendation.domain.TopSeller;
import dev.microserves.recommendation.persistence.RecommendationTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ranked answers. A product's list: what was bought with it in at least
 * {@code microserves.recommendation.min-support} orders (score: those orders), then its category's
 * top sellers, then the shop's (score: units sold). A product whose category the inventory events
 * have not told yet gets no category top-up, only the shop's.
 */
@ApplicationScoped
public class Recommendations {

    @Inject
    RecommendationTables tables;

    @Inject
    @ConfigProperty(name = "microserves.recommendation.min-support", defaultValue = "2")
    int minSupport;

    public List<Recommendation> forProduct(String sku, int limit) {
        Ranking ranking = Ranking.upTo(limit, Set.of(sku));
        ranking.add(tables.boughtWith(sku, support(), ranking.candidatesWanted()));
        if (!ranking.isFull()) {
            tables.categoryOf(sku).ifPresent(category ->
                    ranking.topUp(tables.topSellers(category, null, ranking.candidatesWanted())));
        }
        if (!ranking.isFull()) {
            ranking.topUp(tables.topSellers(null, null, ranking.candidatesWanted()));
        }
        return ranking.items();
    }

    /**
     * A customer's list: what others bought with the customer's products (the pair counts summed
     * over them, each pair at least at the minimum support), then the shop's top sellers; never a
     * product the customer bought. The queries leave those out, so they need not be loaded here.
     */
    public List<Recommendation> forCustomer(UUID customerId, int limit) {
        Ranking ranking = Ranking.upTo(limit, Set.of());
        ranking.add(tables.boughtWithCustomersProducts(customerId, support(), limit));
        if (!ranking.isFull()) {
            ranking.topUp(tables.topSellers(null, customerId, ranking.candidatesWanted()));
        }
        return ranking.items();
    }

    /** Units desc, then sku asc; of one category, or of the shop when {@code category} is null. */
    public List<TopSeller> topSellers(String category, int limit) {
        return tables.topSellers(category, null, limit);
    }

    private int support() {
        return Math.max(1, minSupport);
    }
}
