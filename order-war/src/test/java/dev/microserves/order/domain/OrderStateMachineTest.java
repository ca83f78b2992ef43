package dev.microserves.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.support.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderStateMachineTest {

    private static Order newOrder() {
        Instant now = Instant.now();
        return new Order(UUID.randomUUID(), "key-1", 0, "hash", List.of(new OrderItem("SKU-1", 2), new OrderItem("SKU-2", 1)),
                UUID.randomUUID(), UUID.randomUUID(), null, "USD", now, now.plusSeconds(30));
    }

    private static Order reserved() {
        Order order = newOrder();
        order.customerVerified(new ShippingAddress("Home", "1 Main St", null, "Springfield", "12345", "US"),
                PaymentInstrument.card("tok_visa"));
        order.attempting(SagaStep.RESERVE);
        order.reserved(UUID.randomUUID(), ReservationState.HELD, List.of(
                new ReservedLine("SKU-1", Money.of("10.00", "USD"), 500),
                new ReservedLine("SKU-2", Money.of("5.50", "USD"), 200)));
        return order;
    }

    private static Order reservedAndPriced() {
        Order order = reserved();
        order.priced(Money.of("25.50", "USD"), Money.of("0.00", "USD"), Money.of("5.99", "USD"), Money.of("31.49", "USD"));
        return order;
    }

    private static Order confirmed() {
        Order order = reservedAndPriced();
        order.attempting(SagaStep.CHARGE);
        order.charged(UUID.randomUUID());
        order.attempting(SagaStep.COMMIT);
        order.committed();
        order.confirm();
        return order;
    }

    @Test
    void aNewOrderIsPendingAndHoldsNothing() {
        Order order = newOrder();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.holdsAnything()).isFalse();
        assertThat(order.lines()).extracting(OrderLine::sku).containsExactly("SKU-1", "SKU-2");
    }

    @Test
    void shouldRefuseAnOrderWithoutLinesOrWithARepeatedSku() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new Order(UUID.randomUUID(), "k", 0, "h", List.of(), UUID.randomUUID(),
                UUID.randomUUID(), null, "USD", now, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Order(UUID.randomUUID(), "k", 0, "h",
                List.of(new OrderItem("A", 1), new OrderItem("A", 2)), UUID.randomUUID(), UUID.randomUUID(), null,
                "USD", now, now)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reservationPricesEveryLineAndClearsTheDoubt() {
        Order order = reservedAndPriced();
        assertThat(order.stepInDoubt()).isNull();
        assertThat(order.lines().get(0).lineTotal("USD")).isEqualTo(Money.of("20.00", "USD"));
        assertThat(order.total()).isEqualTo(Money.of("31.49", "USD"));
    }

    @Test
    void shouldRefuseAReservationThatMissesALine() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.reserved(UUID.randomUUID(), ReservationState.HELD,
                List.of(new ReservedLine("SKU-1", Money.of("1.00", "USD"), 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrderWithNothingToPayIsConfirmedWithoutACaptureAndHoldsNoMoney() {
        Order order = reserved();
        order.priced(Money.of("25.50", "USD"), Money.of("25.50", "USD"), Money.of("0.00", "USD"), Money.of("0.00", "USD"));
        assertThat(order.isFree()).isTrue();
        assertThat(order.isPaidFor()).isTrue();

        order.attempting(SagaStep.COMMIT);
        order.committed();
        order.confirm();

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.paymentState()).isEqualTo(PaymentState.NONE);
        assertThat(reservedAndPriced().isPaidFor()).as("a total above zero must be captured").isFalse();
    }

    @Test
    void shouldConfirmOnlyWithStockCommittedAndPaymentCaptured() {
        Order unpaid = reservedAndPriced();
        assertThatThrownBy(unpaid::confirm).isInstanceOf(OrderStateConflict.class);

        Order uncommitted = reservedAndPriced();
        uncommitted.charged(UUID.randomUUID());
        assertThatThrownBy(uncommitted::confirm).isInstanceOf(OrderStateConflict.class);

        Order order = confirmed();
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.nextAttemptAt()).isNull();
    }

    @Test
    void shouldNotChargeAnUnpricedOrder() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.charged(UUID.randomUUID())).isInstanceOf(OrderStateConflict.class);
    }

    @Test
    void shouldRejectOnlyAFailedOrderThatHoldsNothing() {
        Order order = reservedAndPriced();
        assertThatThrownBy(order::reject).as("not failed").isInstanceOf(OrderStateConflict.class);

        order.fail(OrderFailure.of(new PaymentDeclined("card_declined"), null));
        assertThatThrownBy(order::reject).as("stock still held").isInstanceOf(OrderStateConflict.class);

        order.released();
        order.reject();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.failure().code()).isEqualTo("payment-declined");
        assertThat(order.isRetryableRejection()).isFalse();
    }

    @Test
    void aFailedOrderThatWasChargedMustBeRefundedBeforeRejection() {
        Order order = reservedAndPriced();
        order.charged(UUID.randomUUID());
        order.fail(OrderFailure.of(new ReservationLost(), null));
        order.released();
        assertThatThrownBy(order::reject).isInstanceOf(OrderStateConflict.class);
        order.refunded();
        order.reject();
        assertThat(order.paymentState()).isEqualTo(PaymentState.REFUNDED);
    }

    @Test
    void theFirstFailureIsTheOneKept() {
        Order order = newOrder();
        order.fail(OrderFailure.of(new DependencyUnavailable("customer", false, "is unreachable"), null));
        order.fail(OrderFailure.of(new PaymentDeclined("x"), null));
        order.reject();
        assertThat(order.failure().code()).isEqualTo("dependency-unavailable");
        assertThat(order.isRetryableRejection()).isTrue();
    }

    @Test
    void aConfirmedOrderShipsOrCancelsButNotBoth() {
        Order shipped = confirmed();
        shipped.ship();
        shipped.ship();
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThatThrownBy(() -> shipped.cancel(Instant.now()))
                .isInstanceOf(OrderStateConflict.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(409);

        Order cancelled = confirmed();
        cancelled.cancel(Instant.now());
        cancelled.cancel(Instant.now());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(cancelled::ship).isInstanceOf(OrderStateConflict.class);
    }

    @Test
    void aCancellationIsCompleteOnceStockIsReturnedAndMoneyRefunded() {
        Order order = confirmed();
        order.cancel(Instant.now());
        assertThat(order.isCancellationComplete()).isFalse();
        order.returned();
        assertThat(order.isCancellationComplete()).isFalse();
        order.refunded();
        assertThat(order.isCancellationComplete()).isTrue();
        assertThat(order.reservationState()).isEqualTo(ReservationState.RETURNED);
    }

    @Test
    void pendingAndRejectedOrdersCannotBeCancelledOrShipped() {
        Order pending = newOrder();
        assertThatThrownBy(() -> pending.cancel(Instant.now())).isInstanceOf(OrderStateConflict.class);
        assertThatThrownBy(pending::ship).isInstanceOf(OrderStateConflict.class);

        Order rejected = newOrder();
        rejected.fail(OrderFailure.of(UnknownReference.customer(UUID.randomUUID()), null));
        rejected.reject();
        assertThatThrownBy(() -> rejected.cancel(Instant.now())).isInstanceOf(OrderStateConflict.class);
        assertThatThrownBy(rejected::confirm).isInstanceOf(OrderStateConflict.class);
        assertThatThrownBy(() -> rejected.fail(OrderFailure.of(new PaymentDeclined(null), null)))
                .isInstanceOf(OrderStateConflict.class);
    }

    @Test
    void everyStatusAllowsOnlyItsTransitions() {
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.CONFIRMED)).isTrue();
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.REJECTED)).isTrue();
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.SHIPPED)).isFalse();
        assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.SHIPPED)).isTrue();
        assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.REJECTED)).isFalse();
        for (OrderStatus terminal : List.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.REJECTED)) {
            for (OrderStatus any : OrderStatus.values()) {
                assertThat(terminal.canBecome(any)).as(terminal + " -> " + any).isFalse();
            }
        }
    }

    @Test
    void eachStepHasAKeyDerivedFromTheOrder() {
        UUID id = UUID.randomUUID();
        assertThat(SagaStep.CHARGE.idempotencyKey(id)).isEqualTo("charge:" + id);
        assertThat(SagaStep.RELEASE.idempotencyKey(id)).isEqualTo("release:" + id);
    }
}
