package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;

/** An adjustment that would put more on hand than one product may have. */
public class StockLimitExceeded extends ProblemException {
    public StockLimitExceeded(String sku) {
        super(409, "stock-limit-exceeded", "Stock limit exceeded",
                "Product " + sku + " may have at most " + StockLevel.MAX_ON_HAND + " units on hand.");
    }
}
