package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;

/** Money in a currency this deployment does not charge in. */
public class UnsupportedCurrency extends ProblemException {
    public UnsupportedCurrency(String requested, String supported) {
        super(422, "unsupported-currency", "Unsupported currency",
                "This service charges in " + supported + " only; " + requested + " is not accepted.");
        with("supportedCurrency", supported);
    }
}
