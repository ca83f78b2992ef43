package dev.microserves.edge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.edge.client.DependencyUnavailable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DegradationTest {

    private final List<String> reported = new ArrayList<>();
    private final Degradation degradation = new Degradation(reported::add);

    @Test
    void aPartThatAnswersIsShownAndNothingIsMissing() {
        List<String> part = degradation.optional("recommendations", () -> List.of("TEA-1"), List.of());

        assertThat(part).containsExactly("TEA-1");
        assertThat(degradation.missing()).isEmpty();
    }

    @Test
    void aPartWhoseServiceIsUnavailableIsEmptyAndNamedInTheOrderAsked() {
        List<String> orders = degradation.optional("recentOrders", () -> {
            throw new DependencyUnavailable("order", "is unreachable");
        }, List.of());
        List<String> recommendations = degradation.optional("recommendations", () -> {
            throw new DependencyUnavailable("recommendation", "did not answer in time");
        }, List.of());

        assertThat(orders).isEmpty();
        assertThat(recommendations).isEmpty();
        assertThat(degradation.missing()).containsExactly("recentOrders", "recommendations");
        assertThat(reported).as("told to the metrics").containsExactly("recentOrders", "recommendations");
    }

    @Test
    void aBugIsNotHiddenAsADegradedPart() {
        assertThatThrownBy(() -> degradation.optional("recommendations", () -> {
            throw new IllegalStateException("a bug");
        }, List.of())).isInstanceOf(IllegalStateException.class);
        assertThat(degradation.missing()).isEmpty();
    }
}
