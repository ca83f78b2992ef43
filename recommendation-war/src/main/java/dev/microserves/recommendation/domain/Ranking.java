package dev.microserves.recommendation.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of recommendations filled from sources in order of preference (bought together first,
 * then the category's top sellers, then the shop's): each source is taken in its own order (the
 * queries rank by score descending, then sku ascending, so the result is deterministic), a product
 * appears once, at its first and best place, the excluded products (the sku itself, what a
 * customer already bought) never, and the list stops at its limit.
 */
public final class Ranking {

    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 20;

    private final int limit;
    private final Set<String> excluded;
    private final Map<String, Recommendation> items = new LinkedHashMap<>();

    private Ranking(int limit, Collection<String> excluded) {
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be " + MIN_LIMIT + ".." + MAX_LIMIT);
        }
        this.limit = limit;
        this.excluded = new HashSet<>(excluded);
    }

    public static Ranking upTo(int limit, Collection<String> excluded) {
        return new Ranking(limit, excluded);
    }

    /** How many candidates to ask a source for so that the exclusions and duplicates cannot leave the list short. */
    public int candidatesWanted() {
        return limit + items.size() + excluded.size();
    }

    public boolean isFull() {
        return items.size() >= limit;
    }

    public Ranking add(List<Recommendation> candidates) {
        for (Recommendation candidate : candidates) {
            if (isFull()) {
                break;
            }
            if (!excluded.contains(candidate.sku())) {
                items.putIfAbsent(candidate.sku(), candidate);
            }
        }
        return this;
    }

    public Ranking topUp(List<TopSeller> sellers) {
        return add(sellers.stream().map(TopSeller::asRecommendation).toList());
    }

    public List<Recommendation> items() {
        return new ArrayList<>(items.values());
    }
}
