package dev.microserves.order.client;

import java.util.UUID;

/** {@code POST /api/payments}: capture an order's total with the customer's card or PayPal token. */
public record ChargeRequest(UUID orderId, UUID customerId, MoneyJson amount, Method method) {

    /**
     * {@code {type: "CARD", token: "tok_…"}} or {@code {type: "PAYPAL", token: "pp_…"}}: the token
     * the customer service holds, bound to that customer; never a payer e-mail, which would let the
     * order be charged to someone else's PayPal account.
     */
    public record Method(String type, String token) {
    }
}
