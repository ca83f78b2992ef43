package dev.microserves.order.client;

import java.util.UUID;

/** A payment as the payment service shows it. */
public record PaymentView(UUID id, UUID orderId, String status, MoneyJson amount) {

    public boolean isCaptured() {
        return "CAPTURED".equals(status);
    }
}
