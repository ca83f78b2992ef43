package dev.microserves.order.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderBooksTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final OrderBooks books = new OrderBooks(Duration.ofMinutes(10));

    private static OrderBooks.OrderFacts order(OrderStatus status, String total) {
        return new OrderBooks.OrderFacts(UUID.randomUUID(), status, total == null ? null : new BigDecimal(total),
                NOW.minusSeconds(60));
    }

    private static PeerFacts peers(String reservation, PeerFacts.Capture... captures) {
        return new PeerFacts(Optional.ofNullable(reservation), List.of(captures));
    }

    private static PeerFacts.Capture captured(String amount, String refunded) {
        return new PeerFacts.Capture(new BigDecimal(amount), new BigDecimal(refunded));
    }

    private List<BreachKind> kinds(OrderBooks.OrderFacts order, PeerFacts peers) {
        return books.check(order, peers, NOW).stream().map(Breach::kind).toList();
    }

    @Test
    void aConfirmedOrderWithItsTotalCapturedOnceAndItsStockCommittedIsInOrder() {
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"), peers("COMMITTED", captured("25.00", "0")))).isEmpty();
        assertThat(kinds(order(OrderStatus.SHIPPED, "25.00"), peers("COMMITTED", captured("25.00", "0")))).isEmpty();
    }

    @Test
    void aConfirmedOrderOfNothingToPayNeedsNoCapture() {
        assertThat(kinds(order(OrderStatus.CONFIRMED, "0.00"), peers("COMMITTED"))).isEmpty();
    }

    @Test
    void aConfirmedOrderWithoutItsMoneyOrItsStockIsReported() {
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"), peers("COMMITTED")))
                .containsExactly(BreachKind.CONFIRMED_WITHOUT_CAPTURE);
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"), peers("COMMITTED", captured("25.00", "25.00"))))
                .containsExactly(BreachKind.CONFIRMED_WITHOUT_CAPTURE);
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"), peers("COMMITTED", captured("20.00", "0"))))
                .containsExactly(BreachKind.CAPTURE_DIFFERS_FROM_TOTAL);
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"), peers("HELD", captured("25.00", "0"))))
                .containsExactly(BreachKind.CONFIRMED_WITHOUT_COMMITTED_STOCK, BreachKind.STOCK_HELD_FOR_FINAL_ORDER);
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"), peers(null, captured("25.00", "0"))))
                .containsExactly(BreachKind.CONFIRMED_WITHOUT_COMMITTED_STOCK);
    }

    @Test
    void twoCapturesForOneOrderAreReportedWhateverItsState() {
        assertThat(kinds(order(OrderStatus.CONFIRMED, "25.00"),
                peers("COMMITTED", captured("25.00", "0"), captured("25.00", "25.00"))))
                .containsExactly(BreachKind.MORE_THAN_ONE_CAPTURE);
    }

    @Test
    void aRejectedOrCancelledOrderKeepsNoMoneyAndHoldsNoStock() {
        assertThat(kinds(order(OrderStatus.REJECTED, "25.00"), peers("RELEASED"))).isEmpty();
        assertThat(kinds(order(OrderStatus.CANCELLED, "25.00"), peers("RETURNED", captured("25.00", "25.00")))).isEmpty();
        assertThat(kinds(order(OrderStatus.REJECTED, "25.00"), peers("RELEASED", captured("25.00", "0"))))
                .containsExactly(BreachKind.MONEY_ON_UNCONFIRMED_ORDER);
        assertThat(kinds(order(OrderStatus.REJECTED, null), peers("HELD")))
                .containsExactly(BreachKind.STOCK_HELD_FOR_FINAL_ORDER);
    }

    @Test
    void aPendingOrderIsOnlyReportedOnceItIsPendingTooLong() {
        assertThat(kinds(order(OrderStatus.PENDING, null), peers("HELD", captured("25.00", "0")))).isEmpty();
        OrderBooks.OrderFacts old = new OrderBooks.OrderFacts(UUID.randomUUID(), OrderStatus.PENDING, null,
                NOW.minus(Duration.ofMinutes(11)));
        assertThat(kinds(old, peers("HELD"))).containsExactly(BreachKind.PENDING_TOO_LONG);
    }

    @Test
    void breachKindsHaveTheContractsWireNames() {
        assertThat(BreachKind.CONFIRMED_WITHOUT_CAPTURE.wireName()).isEqualTo("confirmed-without-capture");
        assertThat(BreachKind.STOCK_HELD_FOR_FINAL_ORDER.wireName()).isEqualTo("stock-held-for-final-order");
    }
}
