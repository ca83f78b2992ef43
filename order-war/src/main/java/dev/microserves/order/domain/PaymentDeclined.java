package dev.microserves.order.domain;

/** The payment was declined; nothing was captured. */
public class PaymentDeclined extends Refusal {
    public PaymentDeclined(String declineCode) {
        super(402, "payment-declined", "Payment declined",
                "The payment was declined" + (declineCode == null ? "." : " (" + declineCode + ")."));
        if (declineCode != null) {
            with("declineCode", declineCode);
        }
    }
}
