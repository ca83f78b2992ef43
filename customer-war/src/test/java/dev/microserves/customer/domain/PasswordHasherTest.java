package dev.microserves.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void saltsEveryHashAndNeverContainsThePassword() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$10000$").doesNotContain("horse");
    }

    @Test
    void failsForAnAccountThatDoesNotExist() {
        assertThat(hasher.verify("decoy password for unknown accounts", null)).isFalse();
    }

    @Test
    void keepsVerifyingHashesMadeWithAnotherCost() {
        String older = new PasswordHasher(20_000).hash("correct horse battery");

        assertThat(hasher.verify("correct horse battery", older)).isTrue();
    }

    @Test
    void asksForARehashOnlyBelowItsOwnCost() {
        assertThat(hasher.needsRehash(new PasswordHasher(10_000).hash("correct horse battery"))).isFalse();
        assertThat(hasher.needsRehash(new PasswordHasher(20_000).hash("correct horse battery"))).isFalse();
        assertThat(new PasswordHasher(20_000).needsRehash(hasher.hash("correct horse battery"))).isTrue();
        assertThat(hasher.needsRehash("md5$abc")).isTrue();
        assertThat(PasswordHasher.iterationsOf("pbkdf2-sha256$600000$c2FsdA$aGFzaA")).isEqualTo(600_000);
        assertThat(PasswordHasher.iterationsOf("pbkdf2-sha256$many$c2FsdA$aGFzaA")).isZero();
    }

    @Test
    void refusesACheapCost() {
        assertThatThrownBy(() -> new PasswordHasher(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesSecretsExactly() {
        assertThat(PasswordHasher.secretsEqual("s3cret", "s3cret")).isTrue();
        assertThat(PasswordHasher.secretsEqual("s3cret", "s3cre")).isFalse();
        assertThat(PasswordHasher.secretsEqual(null, "s3cret")).isFalse();
    }
}
