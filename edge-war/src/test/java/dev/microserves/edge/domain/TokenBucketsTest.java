package dev.microserves.edge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(42 * SECOND);

    @Test
    void aClientMaySendItsBurstAtOnceAndIsThenRefusedWithTheWaitForTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100, clock::get);

        assertThat(IntStream.range(0, 3).mapToObj(i -> buckets.admit("alice")))
                .allMatch(Admission::allowed);
        Admission refused = buckets.admit("alice");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        TokenBuckets buckets = new TokenBuckets(0.25, 1, 100, clock::get);

        buckets.admit("slow");

        assertThat(buckets.admit("slow").retryAfterSeconds()).isEqualTo(4);
    }

    @Test
    void tokensComeBackAtTheConfiguredRateAndNeverBeyondTheBurst() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100, clock::get);
        IntStream.range(0, 3).forEach(i -> buckets.admit("alice"));

        clock.addAndGet(SECOND / 2);
        assertThat(buckets.admit("alice").allowed()).isTrue();
        assertThat(buckets.admit("alice").allowed()).isFalse();

        clock.addAndGet(3600 * SECOND);
        assertThat(IntStream.range(0, 3).mapToObj(i -> buckets.admit("alice"))).allMatch(Admission::allowed);
        assertThat(buckets.admit("alice").allowed()).isFalse();
    }

    @Test
    void oneClientsLimitLeavesAnotherClientAlone() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, clock::get);
        buckets.admit("alice");

        assertThat(buckets.admit("alice").allowed()).isFalse();
        assertThat(buckets.admit("bob").allowed()).isTrue();
    }

    @Test
    void aFloodOfDistinctClientsNeverHoldsMoreThanMaxClientsBuckets() {
        TokenBuckets buckets = new TokenBuckets(1, 5, 1000, clock::get);

        IntStream.range(0, 100_000).forEach(i -> buckets.admit("flood-" + i));

        assertThat(buckets.clients()).isEqualTo(1000);
    }

    @Test
    void clientsIdleLongEnoughToBeFullAgainAreForgottenFirst() {
        TokenBuckets buckets = new TokenBuckets(1, 2, 100, clock::get);
        IntStream.range(0, 50).forEach(i -> buckets.admit("early-" + i));

        clock.addAndGet(10 * SECOND);
        buckets.admit("late");

        assertThat(buckets.clients()).isEqualTo(1);
    }

    @Test
    void aClientStillWaitingForTokensIsKeptWhileThereIsRoom() {
        TokenBuckets buckets = new TokenBuckets(1, 2, 100, clock::get);
        buckets.admit("busy");
        buckets.admit("busy");

        buckets.admit("other");

        assertThat(buckets.clients()).isEqualTo(2);
        assertThat(buckets.admit("busy").allowed()).isFalse();
    }

    @Test
    void nonsensicalLimitsAreRefusedAtStart() {
        assertThatThrownBy(() -> new TokenBuckets(0, 1, 1, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(1, 0, 1, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(1, 1, 0, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
