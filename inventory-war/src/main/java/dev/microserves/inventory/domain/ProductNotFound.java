package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;

/** No product with this sku. */
public class ProductNotFound extends ProblemException {
    public ProductNotFound(String sku) {
        super(404, "not-found", "Not found", "No product with sku " + sku + ".");
    }
}
