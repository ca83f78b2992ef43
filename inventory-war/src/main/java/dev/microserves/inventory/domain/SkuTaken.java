package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;

/** A new product under a sku the catalogue already has. */
public class SkuTaken extends ProblemException {
    public SkuTaken(String sku) {
        super(409, "sku-taken", "Sku already in the catalogue",
                "A product with sku " + sku + " already exists; change it with PATCH instead.");
        with("sku", sku);
    }
}
