package dev.microserves.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final Duration TTL = Duration.ofMinutes(15);

    private final Product tea = new Product("TEA-1", "Tea", null, "tea", Money.of("4.50", "USD"), 250);
    private final Product mug = new Product("MUG-1", "Mug", "A mug", "kitchen", Money.of("12.00", "USD"), 400);

    private Reservation held() {
        return Reservation.hold(UUID.randomUUID(),
                RequestedItems.of(List.of(new RequestedItem("TEA-1", 2), new RequestedItem("MUG-1", 1))),
                Map.of("TEA-1", tea, "MUG-1", mug), NOW, TTL);
    }

    @Test
    void shouldHoldLinesWithThePriceAndWeightOfTheMoment() {
        Reservation reservation = held();
        tea.reprice(Money.of("9.99", "USD"));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.expiresAt()).isEqualTo(NOW.plus(TTL));
        assertThat(reservation.lines()).extracting(ReservationLine::sku).containsExactly("TEA-1", "MUG-1");
        assertThat(reservation.lines().get(0).unitPrice()).isEqualTo(Money.of("4.50", "USD"));
        assertThat(reservation.lines().get(0).weightGrams()).isEqualTo(250);
    }

    @Test
    void shouldLockLinesInSkuOrderWhateverTheRequestOrder() {
        assertThat(held().linesInLockOrder()).extracting(ReservationLine::sku).containsExactly("MUG-1", "TEA-1");
    }

    @Test
    void shouldCommitOnceAndTreatARepeatAsNoChange() {
        Reservation reservation = held();

        assertThat(reservation.commit(NOW)).isTrue();
        assertThat(reservation.commit(NOW)).isFalse();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.COMMITTED);
    }

    @Test
    void shouldRefuseToReleaseACommittedReservation() {
        Reservation reservation = held();
        reservation.commit(NOW);

        assertThatThrownBy(() -> reservation.release(NOW))
                .isInstanceOf(InvalidReservationState.class)
                .satisfies(e -> assertThat(((InvalidReservationState) e).status()).isEqualTo(409));
    }

    @Test
    void shouldReleaseOnceOnRequest() {
        Reservation reservation = held();

        assertThat(reservation.release(NOW)).isTrue();
        assertThat(reservation.release(NOW)).isFalse();
        assertThat(reservation.releaseReason()).isEqualTo(ReleaseReason.REQUESTED);
        assertThatThrownBy(() -> reservation.commit(NOW)).isInstanceOf(InvalidReservationState.class);
        assertThatThrownBy(() -> reservation.returnToStock(NOW)).isInstanceOf(InvalidReservationState.class);
    }

    @Test
    void shouldReturnOnlyACommittedReservation() {
        Reservation reservation = held();
        assertThatThrownBy(() -> reservation.returnToStock(NOW)).isInstanceOf(InvalidReservationState.class);

        reservation.commit(NOW);
        assertThat(reservation.returnToStock(NOW)).isTrue();
        assertThat(reservation.returnToStock(NOW)).isFalse();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.RETURNED);
        assertThatThrownBy(() -> reservation.commit(NOW)).isInstanceOf(InvalidReservationState.class);
    }

    @Test
    void shouldExpireOnlyAHoldPastItsDeadline() {
        Reservation reservation = held();

        assertThat(reservation.expire(NOW.plus(TTL).minusMillis(1))).isFalse();
        assertThat(reservation.expire(NOW.plus(TTL))).isTrue();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(reservation.releaseReason()).isEqualTo(ReleaseReason.EXPIRED);
        assertThat(reservation.release(NOW.plus(TTL))).isFalse();
    }

    @Test
    void shouldNotExpireACommittedReservation() {
        Reservation reservation = held();
        reservation.commit(NOW);

        assertThat(reservation.expire(NOW.plus(TTL.multipliedBy(2)))).isFalse();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.COMMITTED);
    }

    @Test
    void shouldRefuseToCommitAHoldPastItsDeadline() {
        Reservation reservation = held();

        assertThatThrownBy(() -> reservation.commit(NOW.plus(TTL)))
                .isInstanceOf(ReservationExpired.class)
                .satisfies(e -> assertThat(((ReservationExpired) e).slug()).isEqualTo("reservation-expired"));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
    }
}
