package dev.microserves.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewaySimulationTest {

    private static final GatewayResponse APPROVED = new GatewayResponse.Approved("ch_1", BigDecimal.TEN, "USD");

    @Test
    void waitsTheConfiguredLatencyBeforeAnswering() {
        List<Duration> pauses = new ArrayList<>();
        GatewaySimulation simulation = new GatewaySimulation(Duration.ofMillis(250), 0.0, () -> 0.0, pauses::add);

        assertThat(simulation.call(() -> APPROVED)).isEqualTo(APPROVED);
        assertThat(pauses).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void failsTheConfiguredShareOfCalls() {
        assertThat(new GatewaySimulation(Duration.ZERO, 0.3, () -> 0.29, d -> { }).call(() -> APPROVED))
                .isInstanceOf(GatewayResponse.Unavailable.class);
        assertThat(new GatewaySimulation(Duration.ZERO, 0.3, () -> 0.3, d -> { }).call(() -> APPROVED))
                .isEqualTo(APPROVED);
        assertThat(new GatewaySimulation(Duration.ZERO, 1.0, () -> 0.999, d -> { }).call(() -> APPROVED))
                .isInstanceOf(GatewayResponse.Unavailable.class);
        assertThat(new GatewaySimulation(Duration.ZERO, 0.0, () -> 0.0, d -> { }).call(() -> APPROVED))
                .isEqualTo(APPROVED);
    }

    @Test
    void aFailingCallNeverReachesTheGatewaysAnswer() {
        List<String> answered = new ArrayList<>();
        new GatewaySimulation(Duration.ZERO, 1.0, () -> 0.5, d -> { }).call(() -> {
            answered.add("charged");
            return APPROVED;
        });
        assertThat(answered).isEmpty();
    }

    @Test
    void anInterruptedCallIsUnavailable() {
        GatewaySimulation simulation = new GatewaySimulation(Duration.ofMillis(10), 0.0, () -> 0.0, d -> {
            throw new InterruptedException();
        });
        assertThat(simulation.call(() -> APPROVED)).isInstanceOf(GatewayResponse.Unavailable.class);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThatThrownBy(() -> GatewaySimulation.of(-1, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewaySimulation.of(0, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewaySimulation.of(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTestCardsBehaveAsTheContractLists() {
        assertThat(TestCard.forNumber("4242424242424242")).isEqualTo(TestCard.APPROVE);
        assertThat(TestCard.forNumber("4000000000000002").declineCode()).isEqualTo("card_declined");
        assertThat(TestCard.forNumber("4000000000009995").declineCode()).isEqualTo("insufficient_funds");
        assertThat(TestCard.forNumber("4000000000000069").declineCode()).isEqualTo("expired_card");
        assertThat(TestCard.forNumber("4000000000000119")).isEqualTo(TestCard.PROCESSOR_ERROR);
        assertThat(TestCard.forNumber("5555555555554444")).isEqualTo(TestCard.APPROVE);
    }
}
