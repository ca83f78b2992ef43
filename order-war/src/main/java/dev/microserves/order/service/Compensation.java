package dev.microserves.order.service;

import dev.microserves.order.client.InventoryGateway;
import dev.microserves.order.client.PaymentGateway;
import dev.microserves.order.domain.DependencyUnavailable;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.PaymentState;
import dev.microserves.order.domain.ReservationState;
import dev.microserves.order.domain.SagaStep;
import dev.microserves.order.domain.StepRefused;
import dev.microserves.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The backward path: gives back whatever the order holds (refund a capture, release held stock,
 * return committed stock), each step keyed by the order id and recorded before the next. Running
 * it twice is harmless. When a step gets no answer the order stays as it is, for recovery to
 * finish later.
 */
@ApplicationScoped
public class Compensation {

    private static final Logger LOG = Logger.getLogger(Compensation.class.getName());

    @Inject
    OrderProgress progress;

    @Inject
    InventoryGateway inventory;

    @Inject
    PaymentGateway payments;

    @Inject
    OrderMetrics metrics;

    /** The order will not be placed because of {@code why}: undo what it holds and reject it. */
    public Order abandon(UUID orderId, ProblemException why) {
        progress.fail(orderId, why);
        return compensate(orderId);
    }

    /** Undoes what a failed order holds and rejects it; PENDING (and parked) while a step gets no answer. */
    public Order compensate(UUID orderId) {
        try {
            undo(orderId, "order not placed");
            return progress.update(orderId, Order::reject);
        } catch (DependencyUnavailable unavailable) {
            LOG.info(() -> "Compensation of order " + orderId + " waits: " + unavailable.detail());
            return progress.park(orderId);
        }
    }

    /**
     * Refunds, releases and returns as needed; throws {@link DependencyUnavailable} when a step
     * could not be completed (the steps done so far stay recorded).
     */
    public Order undo(UUID orderId, String reason) {
        Order order = progress.get(orderId);
        if (order.paymentState() == PaymentState.CAPTURED) {
            progress.update(orderId, o -> o.attempting(SagaStep.REFUND));
            payments.refund(orderId, order.paymentId(), reason);
            order = progress.update(orderId, Order::refunded);
            metrics.compensated("refund");
        }
        if (order.reservationState() == ReservationState.HELD) {
            progress.update(orderId, o -> o.attempting(SagaStep.RELEASE));
            try {
                inventory.release(orderId, order.reservationId());
                order = progress.update(orderId, Order::released);
                metrics.compensated("release");
            } catch (StepRefused committedMeanwhile) {
                if (committedMeanwhile.peerStatus() != 409) {
                    throw committedMeanwhile;
                }
                // A committed reservation cannot be released, only returned (below).
                order = progress.update(orderId, Order::committed);
            }
        }
        if (order.reservationState() == ReservationState.COMMITTED) {
            progress.update(orderId, o -> o.attempting(SagaStep.RETURN));
            inventory.returnStock(orderId, order.reservationId());
            order = progress.update(orderId, Order::returned);
            metrics.compensated("return");
        }
        return order;
    }
}
