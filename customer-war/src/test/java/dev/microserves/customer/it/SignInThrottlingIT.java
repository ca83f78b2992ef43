package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.customer.it.FromSource.Answer;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling per account and per source address, and the lockout attack of issue 9 on
 * the documented service client id. The tests run with 3 failures per account, 20 per source, and
 * a configured lockout of an hour that the service must cap at 15 minutes. Each test signs in
 * from a source address of its own ({@link FromSource}).
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

    private static final int PER_SOURCE = 20;
    private static final Map<String, String> SERVICE_CLIENT =
            Map.of("clientId", "order-service", "clientSecret", "order-service-dev-secret");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void wrongSecretsForTheServiceClientIdNeverLockOutItsRightSecret() {
        FromSource attacker = FromSource.fresh();
        Map<String, String> wrong = Map.of("clientId", "order-service", "clientSecret", "guess");

        for (int i = 0; i < 8; i++) {
            assertThat(attacker.signIn(wrong).status()).isEqualTo(401);
        }
        assertThat(FromSource.fresh().signIn(SERVICE_CLIENT).status()).as("the order service's own sign-in").isEqualTo(200);
        assertThat(attacker.signIn(SERVICE_CLIENT).status()).as("even from the attacker's address").isEqualTo(200);
        assertThat(Api.service().post("/api/auth/token", SERVICE_CLIENT).status()).isEqualTo(200);
    }

    @Test
    void throttlesWrongServiceSecretsPerSourceButStillAcceptsTheRightOne() {
        FromSource guesser = FromSource.fresh();
        Map<String, String> wrong = Map.of("clientId", "order-service", "clientSecret", "guess");

        for (int i = 0; i < PER_SOURCE; i++) {
            assertThat(guesser.signIn(wrong).status()).isEqualTo(401);
        }
        Answer throttled = guesser.signIn(wrong);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isPresent();

        assertThat(guesser.signIn(SERVICE_CLIENT).status()).isEqualTo(200);
        assertThat(FromSource.fresh().signIn(wrong).status()).as("another source is not throttled").isEqualTo(401);
    }

    @Test
    void throttlesOneSourceTryingManyAccounts() {
        FromSource sprayer = FromSource.fresh();
        Registered ada = register();

        for (int i = 0; i < PER_SOURCE; i++) {
            // One wrong password per account: no account throttle ever trips.
            assertThat(sprayer.signIn(Map.of("email", CustomerFixtures.uniqueEmail(), "password", "Winter2026!")).status())
                    .isEqualTo(401);
        }
        Answer throttled = sprayer.signIn(Map.of("email", ada.email(), "password", CustomerFixtures.PASSWORD));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(retryAfter(throttled)).isBetween(1L, 900L);

        assertThat(Api.service().post("/api/auth/token", Map.of("email", ada.email(), "password", CustomerFixtures.PASSWORD))
                .status()).as("the account itself, from elsewhere").isEqualTo(200);
    }

    @Test
    void locksAPersonsAccountFromEverySourceForAtMostFifteenMinutes() {
        Registered ada = register();
        FromSource guesser = FromSource.fresh();
        Map<String, String> wrong = Map.of("email", ada.email(), "password", "not the password");

        for (int i = 0; i < 3; i++) {
            assertThat(guesser.signIn(wrong).status()).isEqualTo(401);
        }
        Answer fromGuesser = guesser.signIn(Map.of("email", ada.email(), "password", CustomerFixtures.PASSWORD));
        Answer fromElsewhere = FromSource.fresh().signIn(Map.of("email", ada.email(), "password", CustomerFixtures.PASSWORD));

        assertThat(fromGuesser.status()).isEqualTo(429);
        assertThat(fromElsewhere.status()).isEqualTo(429);
        assertThat(retryAfter(fromElsewhere)).as("configured an hour, capped at 15 minutes").isBetween(1L, 900L);
        ApiResponse problem = Api.service().post("/api/auth/token", Map.of("email", ada.email(), "password", "x"));
        assertThat(problem.status()).isEqualTo(429);
        assertThat(Long.parseLong(problem.header("Retry-After").orElseThrow())).isBetween(1L, 900L);
    }

    private static long retryAfter(Answer answer) {
        return Long.parseLong(answer.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + answer)));
    }
}
