package dev.microserves.payment.domain;

import dev.microserves.support.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refund that would take the payment's refunds above what it captured. */
public class RefundExceedsCapture extends ProblemException {
    public RefundExceedsCapture(Payment payment, Money requested) {
        super(409, "refund-exceeds-capture", "Refund exceeds capture",
                "Refunding " + requested + " would exceed what payment " + payment.id() + " captured; "
                        + payment.refundable() + " is still refundable.");
        Map<String, String> refundable = new LinkedHashMap<>();
        refundable.put("amount", payment.refundable().amountText());
        refundable.put("currency", payment.refundable().currency());
        with("refundable", refundable);
    }
}
