package dev.microserves.order.client;

import java.util.UUID;

/** A payment as the payment service shows it; {@code refundedAmount} is absent before any refund. */
public record PaymentView(UUID id, UUID orderId, String status, MoneyJson amount, MoneyJson refundedAmount) {

    public boolean isCaptured() {
        return "CAPTURED".equals(status);
    }
}
