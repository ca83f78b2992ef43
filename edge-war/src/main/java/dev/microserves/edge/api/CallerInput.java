package dev.microserves.edge.api;

import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.text.TextRules;
import dev.microserves.support.web.QueryParams;
import java.util.UUID;

/**
 * What a request names, checked before any peer is called, in time linear in its length: a sku
 * under the contract's text rules (a well-formed but unknown one is the inventory service's 404),
 * and the caller's customer id, the token's subject.
 */
final class CallerInput {

    /** The longest sku any service accepts. */
    static final int SKU_MAX = 40;

    private CallerInput() {
    }

    static String sku(String sku) {
        if (sku == null || sku.isEmpty() || sku.length() > SKU_MAX || !TextRules.isClean(sku) || TextRules.isBlank(sku)) {
            throw ProblemException.validation("sku", "must be 1.." + SKU_MAX + " characters without control characters");
        }
        return sku;
    }

    /** A customer token's subject is the customer's id; anything else is not a customer's token. */
    static UUID customerId(String subject) {
        UUID id = QueryParams.optionalUuid("sub", subject);
        if (id == null) {
            throw ProblemException.validation("sub", "the token's subject must be a customer id (a UUID)");
        }
        return id;
    }
}
