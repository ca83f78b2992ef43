package dev.microserves.order.client;

import java.util.UUID;

/** {@code POST /api/payments}: capture an order's total with the customer's card token or PayPal payer. */
public record ChargeRequest(UUID orderId, UUID customerId, MoneyJson amount, Method method) {

    /** {@code {type: "CARD", token}} or {@code {type: "PAYPAL", payerEmail}}; the other fields stay out of the JSON. */
    public record Method(String type, String token, String payerEmail) {
    }
}
