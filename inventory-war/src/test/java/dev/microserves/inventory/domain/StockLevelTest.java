package dev.microserves.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockLevelTest {

    @Test
    void shouldMakeAvailableWhatIsOnHandButNotReserved() {
        assertThat(new StockLevel(10, 3).available()).isEqualTo(7);
    }

    @Test
    void shouldAllowRemovingOnlyWhatIsNotReserved() {
        StockLevel level = new StockLevel(10, 3);

        assertThat(level.allows(-7)).isTrue();
        assertThat(level.allows(-8)).isFalse();
        assertThat(level.allows(5)).isTrue();
        assertThat(level.allows(StockLevel.MAX_ON_HAND)).isFalse();
    }

    @Test
    void shouldDescribeAShortage() {
        assertThat(new StockLevel(10, 8).shortageFor("A-1", 5)).isEqualTo(new Shortage("A-1", 5, 2));
    }

    @Test
    void shouldNeverDescribeAnImpossibleStock() {
        assertThatThrownBy(() -> new StockLevel(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockLevel(2, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
