package dev.microserves.payment.service;

import dev.microserves.payment.domain.Money;
import dev.microserves.payment.domain.Payment;
import dev.microserves.support.events.EventJson;
import dev.microserves.support.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The payment's events on {@code microserves.payments}, recorded in the transaction that captures
 * or refunds it. Schema: {@code events/schemas/microserves.payments.schema.json}.
 */
@ApplicationScoped
public class PaymentEvents {

    static final String TOPIC = "microserves.payments";

    @Inject
    Outbox outbox;

    void captured(Payment payment) {
        record("dev.microserves.payment.captured.v1", payment);
    }

    void refunded(Payment payment) {
        record("dev.microserves.payment.refunded.v1", payment);
    }

    private void record(String type, Payment payment) {
        outbox.record(TOPIC, type, payment.id().toString(), Json.createObjectBuilder()
                .add("paymentId", payment.id().toString())
                .add("orderId", payment.orderId().toString())
                .add("amount", money(payment.amount()))
                .add("refundedAmount", money(payment.refunded()))
                .build());
    }

    private static JsonObject money(Money money) {
        return EventJson.money(money.amount(), money.currency());
    }
}
