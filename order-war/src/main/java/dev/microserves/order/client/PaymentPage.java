package dev.microserves.order.client;

import java.util.List;

/** {@code GET /api/payments?orderId=}. */
public record PaymentPage(List<PaymentView> items) {
}
