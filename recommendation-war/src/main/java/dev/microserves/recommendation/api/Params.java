package dev.microserves.recommendation.api;

import dev.microserves.recommendation.domain.Categories;
import dev.microserves.recommendation.domain.Ranking;
import dev.microserves.recommendation.domain.Skus;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.web.QueryParams;
import java.util.UUID;

/**
 * The parameters read as strings and checked here, so that a bad value is a 400 naming it (a
 * failed JAX-RS conversion would be a 404), and every check is linear: the length before anything else.
 */
final class Params {

    static final String LIMIT_RULE = "must be a whole number from " + Ranking.MIN_LIMIT + " to " + Ranking.MAX_LIMIT;

    private Params() {
    }

    static int limit(String value, int byDefault) {
        if (value == null || value.isEmpty()) {
            return byDefault;
        }
        if (value.length() <= 2 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int limit = Integer.parseInt(value);
            if (limit >= Ranking.MIN_LIMIT && limit <= Ranking.MAX_LIMIT) {
                return limit;
            }
        }
        throw ProblemException.validation("limit", LIMIT_RULE);
    }

    static String sku(String value) {
        if (!Skus.isValid(value)) {
            throw ProblemException.validation("sku", Skus.RULE);
        }
        return value;
    }

    /** A category, or null for none (absent or empty). */
    static String category(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Categories.isValid(value)) {
            throw ProblemException.validation("category", Categories.RULE);
        }
        return value;
    }

    static UUID customerId(String value) {
        UUID id = QueryParams.optionalUuid("id", value);
        if (id == null) {
            throw ProblemException.validation("id", "must be a UUID");
        }
        return id;
    }
}
