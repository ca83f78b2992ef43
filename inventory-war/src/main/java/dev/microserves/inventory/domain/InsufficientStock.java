package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.List;

/** Not enough available stock for one or more lines; nothing was reserved or changed. */
public class InsufficientStock extends ProblemException {

    private final List<Shortage> shortages;

    public InsufficientStock(List<Shortage> shortages) {
        super(409, "insufficient-stock", "Insufficient stock",
                "Not enough stock for " + shortages.size() + (shortages.size() == 1 ? " line" : " lines")
                        + "; nothing was reserved. See shortages.");
        this.shortages = List.copyOf(shortages);
        with("shortages", this.shortages.stream().map(Shortage::toMap).toList());
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
