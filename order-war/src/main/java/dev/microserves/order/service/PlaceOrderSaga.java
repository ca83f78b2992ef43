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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The forward path of placing an order: verify the customer, reserve the stock, price, charge,
 * commit, confirm. Each remote step is recorded as in doubt before it is sent, and no transaction
 * is open during a call; one write per state change: the order is inserted with its reservation in
 * doubt, the write that records the reservation and the price marks the charge in doubt, the one
 * that records the capture marks the commit in doubt, and the last confirms the order. How a step
 * ends decides what follows:
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

    /**
     * Places a new order (not yet persisted) and runs its saga; returns the order as it ended (or
     * was parked). The customer is read first, so that the order is inserted already verified and
     * with its reservation in doubt, in one write; a customer refused (or unreachable) is recorded
     * with the order and the order rejected. The order is leased to this request until it ends.
     */
    public Order place(Order order) {
        ProblemException customerRefused = null;
        CustomerView customer = null;
        try {
            customer = customers.customer(order.customerId());
            order.customerVerified(addressOf(customer, order), instrumentOf(customer, order));
            order.attempting(SagaStep.RESERVE);
        } catch (ProblemException refusedOrUnavailable) {
            customerRefused = refusedOrUnavailable;
        }
        Order started = progress.start(order);
        UUID orderId = started.id();
        try {
            if (customerRefused != null) {
                return compensation.abandon(orderId, customerRefused);
            }
            CustomerBenefits benefits = new CustomerBenefits(customer.discountRateValue(), customer.shipsFree());
            return guarded(orderId, () -> reserveAndCharge(started, benefits));
        } finally {
            progress.releaseLease(orderId);
        }
    }

    /**
     * Reserves, then records the reservation, the price and the charge in doubt in one write, and
     * charges. A promo code is looked up before the reservation (it was checked when the order was
     * placed; a code that ended meanwhile refuses the order before stock is held).
     */
    private Order reserveAndCharge(Order order, CustomerBenefits benefits) {
        UUID orderId = order.id();
        PromoCode promo = order.promoCode() == null ? null : promoCodes.require(order.promoCode());
        ReservationView reservation = inventory.reserve(orderId, order.items());
        List<ReservedLine> lines = usableLines(order, reservation);
        AtomicReference<ProblemException> pricingRefused = new AtomicReference<>();
        Order priced = progress.update(orderId, o -> {
            o.reserved(reservation.id(), ReservationState.fromRemote(reservation.status()), lines);
            try {
                PriceBreakdown price = pricing.price(o, benefits, promo);
                o.priced(price.subtotal(), price.discount(), price.shipping(), price.total());
                o.attempting(SagaStep.CHARGE);
            } catch (ProblemException refused) {
                // The reservation must be recorded all the same, so that compensation releases it.
                pricingRefused.set(refused);
            }
        });
        if (pricingRefused.get() != null) {
            throw pricingRefused.get();
        }
        return charge(priced);
    }

    /** Charges an order whose charge is in doubt, with the same key as before, and finishes it. */
    public Order resumeCharge(Order order) {
        return guarded(order.id(), () -> chargeAndConfirm(order));
    }

    /** Commits the stock of an order whose payment is captured, and confirms it. */
    public Order resumeCommit(Order order) {
        return guarded(order.id(), () -> commitAndConfirm(order));
    }

    /** Marks the charge in doubt (recovery resumes here), then charges. */
    private Order chargeAndConfirm(Order order) {
        return charge(progress.update(order.id(), o -> o.attempting(SagaStep.CHARGE)));
    }

    /** Charges an order whose charge is already in doubt; records the capture with the commit in doubt. */
    private Order charge(Order order) {
        UUID orderId = order.id();
        PaymentView payment = payments.charge(orderId, order.customerId(), order.total(), order.paymentInstrument());
        Order charged = progress.update(orderId, o -> {
            o.charged(payment.id());
            o.attempting(SagaStep.COMMIT);
        });
        return commit(charged);
    }

    private Order commitAndConfirm(Order order) {
        return commit(progress.update(order.id(), o -> o.attempting(SagaStep.COMMIT)));
    }

    /** Commits the reservation of an order whose commit is in doubt, and confirms it (lease given up with it). */
    private Order commit(Order order) {
        UUID orderId = order.id();
        try {
            inventory.commit(orderId, order.reservationId());
        } catch (StepRefused notHeldAnymore) {
            throw new ReservationLost();
        }
        return progress.finish(orderId, o -> {
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
        if (PaymentInstrument.PAYPAL.equals(method.type()) && method.payerEmail() != null) {
            return PaymentInstrument.payPal(method.payerEmail());
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
