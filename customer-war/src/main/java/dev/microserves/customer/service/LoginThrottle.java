package dev.microserves.customer.service;

import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.TooManyLoginAttempts;
import dev.microserves.customer.persistence.LoginFailureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, counting failed sign-ins per account and per source address:
 * after {@code microserves.login.max-failures} failures of one account, or
 * {@code microserves.login.max-failures-per-source} failures from one address (whatever the
 * accounts), within {@code microserves.login.lockout-seconds}, that account's or address's sign-ins
 * get 429 until the lockout ends. The lockout never exceeds 15 minutes whatever is configured, so
 * that nobody can lock a person out for longer.
 *
 * <p>Service clients have no account throttle (see {@link Attempt#service}): their secrets are
 * long and random, and a lockout of the order service's client id would stop every order.
 *
 * <p>Each method is one short transaction of its own, or joins the caller's; none holds a
 * connection while a password is hashed.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    /** The longest a lockout may last (the contract's bound). */
    public static final long MAX_LOCKOUT_SECONDS = 900;

    @Inject
    LoginFailureRepository failures;

    @Inject
    @ConfigProperty(name = "microserves.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "microserves.login.max-failures-per-source", defaultValue = "50")
    int maxFailuresPerSource;

    @Inject
    @ConfigProperty(name = "microserves.login.lockout-seconds", defaultValue = "900")
    long lockoutSeconds;

    /** Who tries to sign in: the account's throttle key (none for a service client) and the source's. */
    public record Attempt(String account, String source) {

        public static Attempt customer(String email, String sourceAddress) {
            return new Attempt("email:" + Customer.normalizeEmail(email), sourceKey(sourceAddress));
        }

        public static Attempt service(String sourceAddress) {
            return new Attempt(null, sourceKey(sourceAddress));
        }

        private static String sourceKey(String sourceAddress) {
            return "source:" + (sourceAddress == null ? "unknown" : sourceAddress);
        }

    }

    public void requireNotBlocked(Attempt attempt) {
        String account = attempt.account() == null ? attempt.source() : attempt.account();
        failures.blockedUntil(account, attempt.source()).ifPresent(until -> {
            long seconds = Duration.between(Instant.now(), until).toSeconds() + 1;
            throw new TooManyLoginAttempts(Math.min(seconds, MAX_LOCKOUT_SECONDS));
        });
    }

    public void recordFailure(Attempt attempt) {
        if (attempt.account() != null) {
            failures.recordFailure(attempt.account(), maxFailures, lockout());
        }
        failures.recordFailure(attempt.source(), maxFailuresPerSource, lockout());
    }

    /** Clears the account's failures; the source's stay, or one good account would reset a guesser's count. */
    public void recordSuccess(Attempt attempt) {
        if (attempt.account() != null) {
            failures.clear(attempt.account());
        }
    }

    long lockout() {
        return cappedLockout(lockoutSeconds);
    }

    static long cappedLockout(long configuredSeconds) {
        return Math.max(1, Math.min(configuredSeconds, MAX_LOCKOUT_SECONDS));
    }
}
