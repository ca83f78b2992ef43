package dev.microserves.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardTokenTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void keepsTheTokenWhatMayBeShownAndTheGatewayReferenceOnly() {
        Card card = Card.of("4242424242424242", 12, 2030, "123", NOW);

        CardToken token = CardToken.issue(card, "APPROVE", null);

        assertThat(token.token()).matches("^tok_[A-Za-z0-9]{32}$");
        assertThat(CardToken.isToken(token.token())).isTrue();
        assertThat(CardToken.isToken(token.token() + "x")).isFalse();
        assertThat(token.brand()).isEqualTo("visa");
        assertThat(token.last4()).isEqualTo("4242");
        assertThat(token.expiry()).isEqualTo(YearMonth.of(2030, 12));
        assertThat(token.gatewayProfile()).isEqualTo("APPROVE");
    }

    @Test
    void tokensAreUnguessable() {
        Card card = Card.of("4242424242424242", 12, 2030, "123", NOW);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(CardToken.issue(card, "APPROVE", null).token());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void aCustomersTokenPaysForThatCustomerOnlyAndAnAdminsForAnyone() {
        Card card = Card.of("4242424242424242", 12, 2030, "123", NOW);
        UUID owner = UUID.randomUUID();

        assertThat(CardToken.issue(card, "APPROVE", owner).usableBy(owner)).isTrue();
        assertThat(CardToken.issue(card, "APPROVE", owner).usableBy(UUID.randomUUID())).isFalse();
        assertThat(CardToken.issue(card, "APPROVE", null).usableBy(UUID.randomUUID())).isTrue();
    }
}
