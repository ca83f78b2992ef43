package dev.microserves.customer.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.domain.PasswordHasher;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a start re-hashes the admin password: only when the stored hash is missing, wrong or too cheap. */
class AdminAccountTest {

    private final PasswordHasher hasher = new PasswordHasher(20_000);

    @Test
    void hashesTheConfiguredPasswordForANewAccount() {
        Optional<String> hash = AdminAccount.hashToStore(hasher, null, "configured admin password");

        assertThat(hash).hasValueSatisfying(h -> assertThat(hasher.verify("configured admin password", h)).isTrue());
    }

    @Test
    void leavesAStoredHashOfTheConfiguredPasswordAsItIs() {
        String stored = hasher.hash("configured admin password");

        assertThat(AdminAccount.hashToStore(hasher, stored, "configured admin password")).isEmpty();
    }

    @Test
    void appliesARotatedPassword() {
        String stored = hasher.hash("the old admin password");

        Optional<String> hash = AdminAccount.hashToStore(hasher, stored, "the new admin password");

        assertThat(hash).hasValueSatisfying(h -> {
            assertThat(hasher.verify("the new admin password", h)).isTrue();
            assertThat(hasher.verify("the old admin password", h)).isFalse();
        });
    }

    @Test
    void upgradesAHashBelowTheConfiguredCost() {
        String stored = new PasswordHasher(10_000).hash("configured admin password");

        Optional<String> hash = AdminAccount.hashToStore(hasher, stored, "configured admin password");

        assertThat(hash).hasValueSatisfying(h -> assertThat(PasswordHasher.iterationsOf(h)).isEqualTo(20_000));
    }
}
