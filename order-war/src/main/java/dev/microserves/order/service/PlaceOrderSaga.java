package dev.microserves.order.service;

import dev.microserves.order.client.CustomerGateway;
import dev.microserves.order.client.CustomerView;
import dev.microserves.order.client.InventoryGateway;
import dev.microserves.order.client.PaymentGateway;
import dev.microserves.order.client.PaymentView;
import dev.microserves.order.client.ReservationView;
import dev.microserves.order.domain.DependencyUnavailable;
import dev.microserves.order.domain.Money;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.PaymentInstrument;
import dev.microserves.order.domain.ReservationLost;
import dev.microserves.order.domain.ReservationState;
import dev.microserves.order.domain.ReservedLine;
import dev.microserves.order.domain.SagaStep;
import dev.microserves.order.domain.ShippingAddress;
import dev.microserves.order.domain.StepRefused;
import dev.microserves.order.domain.UnknownReference;
import dev.microserves.order.domain.pricing.CustomerBenefits;
import dev.microserves.order.domain.pricing.PriceBreakdown;
import dev.microserves.order.domain.pricing.PromoCode;
import dev.microserves.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The forward path of placing an order: verify the customer, reserve the stock, price, charge
 * (unless the total is 0.00), commit, confirm. Each remote step is first recorded as in doubt, then its answer recorded; no
 * transaction is open during a call. How a step ends decides what follows:
 * <ul>
 *   <li>a refusal (out of stock, declined...): compensate, REJECTED;</li>
 *   <li>no answer, and the peer cannot have acted (unreachable, circuit open, bulkhead full):
 *       compensate, REJECTED;</li>
 *   <li>no answer, and the peer may have acted (timeout, 5xx): the step stays in doubt and the
 *       order PENDING, parked for {@link SagaRecovery}.</li>
 * </ul>
 */
@ApplicationScoped
public class PlaceOrderSaga {

    @Inject
    OrderProgress progress;

    @Inject
    CustomerGateway customers;

    @Inject
    InventoryGateway inventory;

    @Inject
    PaymentGateway payments;

    @Inject
    PricingService pricing;

    @Inject
    PromoCodes promoCodes;

    @Inject
    Compensation compensation;

    /** Runs the saga of a new PENDING order; returns the order as it ended (or was parked). */
    public Order run(UUID orderId) {
        return guarded(orderId, () -> {
            Order order = progress.get(orderId);
            CustomerView customer = customers.customer(order.customerId());
            ShippingAddress address = addressOf(customer, order);
            PaymentInstrument instrument = instrumentOf(customer, order);
            progress.update(orderId, o -> o.customerVerified(address, instrument));

            progress.update(orderId, o -> o.attempting(SagaStep.RESERVE));
            ReservationView reservation = inventory.reserve(orderId, order.items());
            List<ReservedLine> lines = usableLines(order, reservation);
            Order reserved = progress.update(orderId, o -> o.reserved(reservation.id(),
                    ReservationState.fromRemote(reservation.status()), lines));

            Order priced = price(reserved, new CustomerBenefits(customer.discountRateValue(), customer.shipsFree()));
            return chargeAndConfirm(priced);
        });
    }

    /** Charges an order whose charge is in doubt, with the same key as before, and finishes it. */
    public Order resumeCharge(Order order) {
        return guarded(order.id(), () -> chargeAndConfirm(order));
    }

    /** Commits the stock of an order whose payment is captured, and confirms it. */
    public Order resumeCommit(Order order) {
        return guarded(order.id(), () -> commitAndConfirm(order));
    }

    private Order price(Order order, CustomerBenefits benefits) {
        PromoCode promo = order.promoCode() == null ? null : promoCodes.require(order.promoCode());
        PriceBreakdown price = pricing.price(order, benefits, promo);
        return progress.update(order.id(),
                o -> o.priced(price.subtotal(), price.discount(), price.shipping(), price.total()));
    }

    private Order chargeAndConfirm(Order order) {
        if (order.isFree()) {
            return commitAndConfirm(order);
        }
        UUID orderId = order.id();
        progress.update(orderId, o -> o.attempting(SagaStep.CHARGE));
        PaymentView payment = payments.charge(orderId, order.customerId(), order.total(), order.paymentInstrument());
        Order charged = progress.update(orderId, o -> o.charged(payment.id()));
        return commitAndConfirm(charged);
    }

    private Order commitAndConfirm(Order order) {
        UUID orderId = order.id();
        progress.update(orderId, o -> o.attempting(SagaStep.COMMIT));
        try {
            inventory.commit(orderId, order.reservationId());
        } catch (StepRefused notHeldAnymore) {
            throw new ReservationLost();
        }
        return progress.update(orderId, o -> {
            o.committed();
            o.confirm();
        });
    }

    /** Runs steps and turns how they ended into the order's next state (see the class comment). */
    private Order guarded(UUID orderId, Supplier<Order> steps) {
        try {
            return steps.get();
        } catch (DependencyUnavailable unavailable) {
            if (unavailable.maybeActed() && progress.get(orderId).stepInDoubt() != null) {
                return progress.park(orderId);
            }
            return compensation.abandon(orderId, unavailable);
        } catch (ProblemException refusal) {
            return compensation.abandon(orderId, refusal);
        }
    }

    private static ShippingAddress addressOf(CustomerView customer, Order order) {
        CustomerView.Address a = customer.address(order.shippingAddressId())
                .orElseThrow(() -> UnknownReference.address(order.shippingAddressId()));
        return new ShippingAddress(a.label(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country());
    }

    private static PaymentInstrument instrumentOf(CustomerView customer, Order order) {
        CustomerView.PaymentMethod method = customer.paymentMethod(order.paymentMethodId())
                .orElseThrow(() -> UnknownReference.paymentMethod(order.paymentMethodId()));
        if (PaymentInstrument.CARD.equals(method.type()) && method.token() != null) {
            return PaymentInstrument.card(method.token());
        }
        if (PaymentInstrument.PAYPAL.equals(method.type()) && method.token() != null) {
            return PaymentInstrument.payPal(method.token());
        }
        throw UnknownReference.paymentMethod(order.paymentMethodId());
    }

    /**
     * The reservation's price and weight per line. A reservation that does not price every line in
     * this deployment's currency is unusable: it is released at once and the step counts as refused.
     */
    private List<ReservedLine> usableLines(Order order, ReservationView reservation) {
        try {
            List<ReservedLine> lines = reservation.items().stream()
                    .map(i -> new ReservedLine(i.sku(), Money.of(i.unitPrice().amount(), i.unitPrice().currency()),
                            i.weightGrams() == null ? 0 : i.weightGrams()))
                    .toList();
            boolean coversOrder = order.lines().stream().allMatch(line -> lines.stream()
                    .anyMatch(r -> r.sku().equals(line.sku()) && r.unitPrice().currency().equals(pricing.currency())));
            if (coversOrder) {
                return lines;
            }
        } catch (RuntimeException malformed) {
            // falls through to the release below
        }
        try {
            inventory.release(order.id(), reservation.id());
        } catch (ProblemException releaseFailed) {
            // The reservation then expires on its own (the inventory service's hold time).
        }
        throw new StepRefused("inventory", 201, "unusable-reservation");
    }
}
