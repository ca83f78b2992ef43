package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import dev.microserves.support.problem.ProblemException;

/** A promo code that does not exist, is not valid now, or needs a larger order. */
public class PromoCodeRefused extends ProblemException {

    private PromoCodeRefused(String detail) {
        super(422, "invalid-promo-code", "Promo code not applicable", detail);
    }

    public static PromoCodeRefused unknown(String code) {
        return new PromoCodeRefused("There is no promo code " + code + ".");
    }

    static PromoCodeRefused notYetValid(String code) {
        return new PromoCodeRefused("Promo code " + code + " is not valid yet.");
    }

    static PromoCodeRefused expired(String code) {
        return new PromoCodeRefused("Promo code " + code + " has expired.");
    }

    static PromoCodeRefused belowMinimumSpend(String code, Money minimum) {
        return (PromoCodeRefused) new PromoCodeRefused("Promo code " + code + " needs a subtotal of at least "
                + minimum + ".").with("minimumSpend", minimum.amount().toPlainString());
    }
}
