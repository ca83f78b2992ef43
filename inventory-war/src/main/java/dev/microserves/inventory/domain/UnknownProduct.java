package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.List;

/** A reservation naming skus the catalogue does not have; nothing was reserved. */
public class UnknownProduct extends ProblemException {
    public UnknownProduct(List<String> skus) {
        super(422, "unknown-product", "Unknown product",
                "The catalogue has no product " + String.join(", ", skus) + "; nothing was reserved.");
        with("unknownSkus", List.copyOf(skus));
    }
}
