package dev.microserves.payment.service;

import dev.microserves.payment.domain.ChargeOutcome;
import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentStatus;
import dev.microserves.payment.persistence.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The short transactions around a charge, each committed on its own so that none is open while
 * the gateway is asked: claim the order, look at whoever holds it, give up an abandoned claim,
 * record the outcome.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ChargeLedger {

    @Inject
    PaymentRepository payments;

    /** True when the pending payment now holds its order. */
    public boolean claimOrder(Payment pending) {
        return payments.claimOrder(pending);
    }

    /** The order's pending or captured payment, if any. */
    public Optional<Payment> holding(UUID orderId) {
        return payments.findHolding(orderId);
    }

    /** Marks a payment FAILED if it has been pending since before the cutoff. */
    public boolean abandonIfPendingSince(UUID paymentId, Instant cutoff) {
        return payments.abandonIfPendingSince(paymentId, cutoff);
    }

    /** Records the gateway's outcome; empty if the payment is no longer pending (it was abandoned). */
    public Optional<Payment> record(UUID paymentId, ChargeOutcome outcome) {
        return payments.findForUpdate(paymentId)
                .filter(payment -> payment.status() == PaymentStatus.PENDING)
                .map(payment -> {
                    payment.record(outcome);
                    payments.flush();
                    return payment;
                });
    }
}
