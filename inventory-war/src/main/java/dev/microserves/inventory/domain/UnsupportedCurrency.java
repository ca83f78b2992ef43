package dev.microserves.inventory.domain;

import dev.microserves.support.problem.ProblemException;

/** A price in a currency other than the one this deployment sells in. */
public class UnsupportedCurrency extends ProblemException {
    public UnsupportedCurrency(String given, String supported) {
        super(422, "unsupported-currency", "Unsupported currency",
                "Prices here are in " + supported + ", not " + given + ".");
        with("supportedCurrency", supported);
    }
}
