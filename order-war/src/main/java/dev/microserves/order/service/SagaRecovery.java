package dev.microserves.order.service;

import dev.microserves.order.client.InventoryGateway;
import dev.microserves.order.client.PaymentGateway;
import dev.microserves.order.client.PaymentView;
import dev.microserves.order.client.ReservationView;
import dev.microserves.order.domain.DependencyUnavailable;
import dev.microserves.order.domain.Money;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.order.domain.PaymentState;
import dev.microserves.order.domain.Refusal;
import dev.microserves.order.domain.ReservationState;
import dev.microserves.order.domain.ReservedLine;
import dev.microserves.order.domain.SagaStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finishes an order that was left unfinished (a lost answer, a crash, a compensation that got no
 * answer), by asking the peers what happened to it, by order id:
 * <ul>
 *   <li>payment captured and stock held: forward (commit, CONFIRMED);</li>
 *   <li>charge in doubt and no capture found: the charge is sent again with the same key
 *       ({@code charge:<orderId>}), which the payment service answers without charging twice;</li>
 *   <li>reservation in doubt: whatever was reserved is released, REJECTED (the charge was never
 *       sent); when none is found, the reservation is sent again with the same key first, so
 *       that the first request cannot hold stock later;</li>
 *   <li>an order that already failed: compensation is finished;</li>
 *   <li>a peer still unreachable: the order stays PENDING and is looked at again later.</li>
 * </ul>
 * The caller holds the order's lease. Cancelled orders with a refund or return outstanding are
 * finished here too.
 */
@ApplicationScoped
public class SagaRecovery {

    @Inject
    OrderProgress progress;

    @Inject
    InventoryGateway inventory;

    @Inject
    PaymentGateway payments;

    @Inject
    PlaceOrderSaga saga;

    @Inject
    Compensation compensation;

    @Inject
    OrderCancellation cancellation;

    public Order resolve(UUID orderId) {
        Order order = progress.get(orderId);
        if (order.status() == OrderStatus.CANCELLED) {
            return cancellation.complete(orderId);
        }
        if (order.status() != OrderStatus.PENDING) {
            return order.nextAttemptAt() == null ? order : progress.update(orderId, Order::settle);
        }
        if (order.failure() != null) {
            return compensation.compensate(orderId);
        }
        try {
            return resolveInDoubt(order);
        } catch (DependencyUnavailable stillUnknown) {
            return progress.park(orderId);
        }
    }

    private Order resolveInDoubt(Order order) {
        UUID orderId = order.id();
        if (order.reservationId() == null && order.stepInDoubt() == SagaStep.RESERVE) {
            Order inDoubt = order;
            Optional<ReservationView> found = inventory.reservationFor(orderId).or(() -> reserveAgain(inDoubt));
            if (found.isPresent()) {
                ReservationView reservation = found.get();
                progress.update(orderId, o -> o.reserved(reservation.id(),
                        ReservationState.fromRemote(reservation.status()), lines(reservation)));
            }
            return compensation.abandon(orderId,
                    new DependencyUnavailable("inventory", false, "did not answer in time; the order was not placed"));
        }
        if (order.paymentState() == PaymentState.NONE && order.stepInDoubt() == SagaStep.CHARGE) {
            Optional<PaymentView> captured = payments.capturedPaymentFor(orderId);
            if (captured.isEmpty()) {
                return saga.resumeCharge(order);
            }
            order = progress.update(orderId, o -> o.charged(captured.get().id()));
        }
        if (order.isPaidFor() && order.reservationState().holdsStock()) {
            return saga.resumeCommit(order);
        }
        // Interrupted between two steps (a crash): nothing is in doubt, so undo what it holds.
        return compensation.abandon(orderId,
                new DependencyUnavailable("order", false, "was interrupted while placing the order"));
    }

    /**
     * No reservation is found, yet the request may still land (delayed in the network, or queued
     * at the peer) and hold stock for an order that is rejected. Sending it again with the same key
     * settles it: the inventory service answers with what the first request did, or reserves now,
     * and whatever is held is then released; a later copy of the first request is answered from
     * the same key and holds nothing. A refusal means nothing is held.
     */
    private Optional<ReservationView> reserveAgain(Order order) {
        try {
            return Optional.of(inventory.reserve(order.id(), order.items()));
        } catch (Refusal refused) {
            return Optional.empty();
        }
    }

    private static List<ReservedLine> lines(ReservationView reservation) {
        return reservation.items() == null ? List.of() : reservation.items().stream()
                .filter(i -> i.unitPrice() != null)
                .map(i -> new ReservedLine(i.sku(), Money.of(i.unitPrice().amount(), i.unitPrice().currency()),
                        i.weightGrams() == null ? 0 : i.weightGrams()))
                .toList();
    }
}
