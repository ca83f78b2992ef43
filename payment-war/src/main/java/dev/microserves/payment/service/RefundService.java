package dev.microserves.payment.service;

import dev.microserves.payment.domain.Money;
import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentNotFound;
import dev.microserves.payment.domain.Refund;
import dev.microserves.payment.domain.RefundNotFound;
import dev.microserves.payment.persistence.PaymentRepository;
import dev.microserves.payment.persistence.RefundRepository;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Refunds. The payment's row is locked for the refund's transaction, so concurrent refunds of one
 * payment take turns and each sees what the others refunded; the database's check
 * {@code refunded_total <= amount} stands behind that. Reads need no transaction.
 */
@ApplicationScoped
public class RefundService {

    private static final Logger LOG = Logger.getLogger(RefundService.class.getName());

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    PaymentEvents events;

    @Inject
    PaymentMetrics metrics;

    /**
     * @param amount what to refund, or null for everything still refundable
     */
    @Transactional
    public Refund refund(UUID paymentId, Money amount, String reason) {
        Payment payment = payments.findForUpdate(paymentId).orElseThrow(() -> new PaymentNotFound(paymentId));
        Refund refund = payment.refund(amount, reason);
        payments.flush();
        events.refunded(payment);
        metrics.refunded(payment.processor());
        LOG.info(() -> "Refunded " + refund.amount() + " of payment " + paymentId + " (" + payment.refunded()
                + " of " + payment.amount() + " refunded in all)");
        return refund;
    }

    public Refund get(UUID paymentId, UUID refundId) {
        return refunds.find(paymentId, refundId).orElseThrow(() -> new RefundNotFound(paymentId, refundId));
    }

    public Page<Refund> ofPayment(UUID paymentId, PageRequest page) {
        return refunds.ofPayment(paymentId, page);
    }
}
