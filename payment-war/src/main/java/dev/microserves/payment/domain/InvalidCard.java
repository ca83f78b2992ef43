package dev.microserves.payment.domain;

import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import java.util.List;

/** A card that cannot be tokenized; the field errors name what is wrong without repeating it. */
public class InvalidCard extends ProblemException {
    public InvalidCard(List<FieldError> errors) {
        super(400, "validation", "Invalid request", "The card details are invalid; see errors.");
        with("errors", List.copyOf(errors));
    }
}
