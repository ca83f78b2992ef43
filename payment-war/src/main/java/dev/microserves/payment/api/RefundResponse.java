package dev.microserves.payment.api;

import dev.microserves.payment.domain.Refund;
import java.time.Instant;
import java.util.UUID;

/** A refund as the API shows it. */
public record RefundResponse(UUID id, UUID paymentId, MoneyJson amount, String reason, Instant createdAt) {

    static RefundResponse of(Refund refund) {
        return new RefundResponse(refund.id(), refund.paymentId(), MoneyJson.of(refund.amount()), refund.reason(),
                refund.createdAt());
    }
}
