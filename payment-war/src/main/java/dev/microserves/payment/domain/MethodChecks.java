package dev.microserves.payment.domain;

import dev.microserves.support.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What every vaulted method asks of a charge: a token of its own kind (checked by shape only; whether
 * it exists and whose it is, the service looks up), and no payer e-mail (a token names its payer).
 */
final class MethodChecks {

    private MethodChecks() {
    }

    static List<FieldError> tokenOnly(MethodDetails details, Predicate<String> hasShape, String whereTokensComeFrom) {
        List<FieldError> errors = new ArrayList<>();
        if (details.token() == null) {
            errors.add(new FieldError("method.token", "is required for a " + details.type() + " payment: "
                    + whereTokensComeFrom));
        } else if (!hasShape.test(details.token())) {
            errors.add(new FieldError("method.token", "must be " + whereTokensComeFrom));
        }
        if (details.payerEmail() != null) {
            errors.add(new FieldError("method.payerEmail", "must not be given for a " + details.type()
                    + " payment: its token names the payer"));
        }
        return errors;
    }
}
