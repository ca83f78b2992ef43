package dev.microserves.payment.api;

import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentNotFound;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.security.Caller;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may see what: admins and services everything, a customer only its own payments and tokens
 * (someone else's are "not found", so that their existence does not leak).
 */
final class Callers {

    private Callers() {
    }

    static boolean seesEverything(Caller caller) {
        return caller.isAdmin() || caller.isService();
    }

    /** The customer id a customer's token names ({@code sub}). */
    static UUID customerId(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException | NullPointerException notACustomerId) {
            throw ProblemException.forbidden("This token does not name a customer.");
        }
    }

    /**
     * Something owned by a customer ({@code owner}; null for no one in particular), if the caller may
     * see it: admins and services always, a customer only its own. Otherwise the refusal given.
     */
    static <T> T requireOwned(Caller caller, UUID owner, T owned, Supplier<? extends ProblemException> notFound) {
        if (!seesEverything(caller) && !customerId(caller).equals(owner)) {
            throw notFound.get();
        }
        return owned;
    }

    static Payment requireVisible(Caller caller, Payment payment) {
        if (!seesEverything(caller) && !payment.isPaidBy(customerId(caller))) {
            throw new PaymentNotFound(payment.id());
        }
        return payment;
    }
}
