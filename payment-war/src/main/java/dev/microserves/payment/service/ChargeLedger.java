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
import java.util.function.Predicate;

/**
 * The short transactions around a charge, each committed on its own so that none is open while
 * the gateway is asked: claim the order, look at whoever holds it, record the outcome (or what the
 * gateway says became of an abandoned claim).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ChargeLedger {

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentEvents events;

    /** True when the pending payment now holds its order. */
    public boolean claimOrder(Payment pending) {
        return payments.claimOrder(pending);
    }

    /** The order's pending or captured payment, if any. */
    public Optional<Payment> holding(UUID orderId) {
        return payments.findHolding(orderId);
    }

    /** Records the gateway's outcome; empty if the payment is no longer pending (it was abandoned). */
    public Optional<Payment> record(UUID paymentId, ChargeOutcome outcome) {
        return recordIf(paymentId, payment -> payment.status() == PaymentStatus.PENDING, outcome);
    }

    /**
     * Records what the gateway says became of a payment that has been pending since before the
     * cutoff (its request died); empty if by now it is not (its request recorded after all, or a
     * twin settled it first).
     */
    public Optional<Payment> settleIfPendingSince(UUID paymentId, Instant cutoff, ChargeOutcome outcome) {
        return recordIf(paymentId, payment -> payment.isPendingSince(cutoff), outcome);
    }

    /** The row lock makes the check and the record one step against a racing request. */
    private Optional<Payment> recordIf(UUID paymentId, Predicate<Payment> stillOpen, ChargeOutcome outcome) {
        return payments.findForUpdate(paymentId)
                .filter(stillOpen)
                .map(payment -> {
                    payment.record(outcome);
                    payments.flush();
                    if (payment.isCaptured()) {
                        events.captured(payment);
                    }
                    return payment;
                });
    }
}
