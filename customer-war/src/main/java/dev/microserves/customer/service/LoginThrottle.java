package dev.microserves.customer.service;

import dev.microserves.customer.domain.TooManyLoginAttempts;
import dev.microserves.customer.persistence.LoginFailureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code microserves.login.max-failures} failed sign-ins of
 * one account within {@code microserves.login.lockout-seconds}, that account's sign-ins get 429
 * until the lockout ends. Each step commits on its own, so a failure counts even though the
 * request that made it is answered with an error.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottle {

    @Inject
    LoginFailureRepository failures;

    @Inject
    @ConfigProperty(name = "microserves.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "microserves.login.lockout-seconds", defaultValue = "900")
    long lockoutSeconds;

    public void requireNotBlocked(String principal) {
        failures.blockedUntil(principal).ifPresent(until ->
                { throw new TooManyLoginAttempts(Duration.between(Instant.now(), until).toSeconds() + 1); });
    }

    public void recordFailure(String principal) {
        failures.recordFailure(principal, maxFailures, lockoutSeconds);
    }

    public void recordSuccess(String principal) {
        failures.clear(principal);
    }
}
