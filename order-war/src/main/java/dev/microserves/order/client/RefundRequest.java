package dev.microserves.order.client;

/** {@code POST /api/payments/{id}/refunds}; no amount means the whole capture. */
public record RefundRequest(MoneyJson amount, String reason) {
}
