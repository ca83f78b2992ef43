package dev.microserves.payment.api;

import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/** A payment as the API shows it; {@code declineCode} only when declined. */
public record PaymentResponse(UUID id, UUID orderId, UUID customerId, String status, MoneyJson amount,
                              MoneyJson refundedAmount, String processor, Method method, String declineCode,
                              Instant createdAt, Instant updatedAt) {

    /** How it was paid: the card's brand and last four digits, or the PayPal payer. */
    public record Method(String type, String brand, String last4, String payerEmail) {
        static Method of(PaymentMethod method) {
            return new Method(method.type(), method.cardBrand(), method.cardLast4(), method.payerEmail());
        }
    }

    static PaymentResponse of(Payment payment) {
        return new PaymentResponse(payment.id(), payment.orderId(), payment.customerId(), payment.status().name(),
                MoneyJson.of(payment.amount()), MoneyJson.of(payment.refunded()), payment.processor(),
                Method.of(payment.method()), payment.declineCode(), payment.createdAt(), payment.updatedAt());
    }
}
