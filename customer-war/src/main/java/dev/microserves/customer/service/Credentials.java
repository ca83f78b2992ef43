package dev.microserves.customer.service;

import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of signing in, in short transactions that never span a password hash: read
 * what the hash is checked against, then (after the check, outside any transaction) record the
 * outcome. A sign-in thus holds a pooled connection for two quick statements, not for the hash.
 */
@ApplicationScoped
@Transactional
public class Credentials {

    @Inject
    CustomerRepository customers;

    @Inject
    LoginThrottle throttle;

    /** What a sign-in needs of an account, detached from the persistence context. */
    public record Credential(UUID customerId, String email, String group, String passwordHash) {
    }

    /** Refuses a throttled attempt (429), else the account's credential, if the email is known. */
    public Optional<Credential> forSignIn(LoginThrottle.Attempt attempt, String email) {
        throttle.requireNotBlocked(attempt);
        return customers.findByEmail(email)
                .map(c -> new Credential(c.id(), c.email(), c.role().group(), c.passwordHash()));
    }

    /** A successful sign-in: the account's failures are forgotten and, if given, a costlier hash stored. */
    public void signedIn(LoginThrottle.Attempt attempt, Credential credential, String upgradedHash) {
        throttle.recordSuccess(attempt);
        if (upgradedHash != null) {
            customers.replacePasswordHash(credential.email(), credential.passwordHash(), upgradedHash);
        }
    }

    /** The stored hash of an account, if it exists. */
    public Optional<String> passwordHashOf(String email) {
        return customers.findByEmail(email).map(Customer::passwordHash);
    }

    /** Creates an account unless its email exists (several instances may start at once). */
    public boolean addIfEmailFree(Customer account) {
        return customers.addIfEmailFree(account);
    }

    /** Replaces a hash unless it changed meanwhile; see {@link CustomerRepository#replacePasswordHash}. */
    public boolean replacePasswordHash(String email, String expectedHash, String newHash) {
        return customers.replacePasswordHash(email, expectedHash, newHash);
    }
}
