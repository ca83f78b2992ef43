package dev.microserves.customer.service;

import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.PasswordHasher;
import dev.microserves.customer.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies {@code microserves.admin.email} and {@code microserves.admin.password} at every start:
 * creates the admin account if it does not exist, and re-hashes its password if the stored hash
 * does not verify the configured one (or is of a lower cost), so that rotating the admin password
 * is a configuration change and a restart. Several instances may start at once: the insert and the
 * update are both conditional, and whichever instance writes first wins (its hash verifies the
 * same password). Also makes sure the token signing key exists before the first request needs it.
 */
@ApplicationScoped
public class AdminAccount {

    private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());

    @Inject
    Credentials credentials;

    @Inject
    Passwords passwords;

    @Inject
    SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "microserves.admin.email")
    String email;

    @Inject
    @ConfigProperty(name = "microserves.admin.password")
    String password;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Optional<String> stored = credentials.passwordHashOf(email);
        // Hashed between two short transactions, never inside one.
        hashToStore(passwords.hasher(), stored.orElse(null), password).ifPresent(hash -> {
            if (stored.isEmpty()) {
                if (credentials.addIfEmailFree(new Customer("Administrator", email, hash, Role.ADMIN))) {
                    LOG.info("Created the admin account " + Customer.normalizeEmail(email));
                }
            } else if (credentials.replacePasswordHash(email, stored.get(), hash)) {
                LOG.info("Applied the configured admin password to " + Customer.normalizeEmail(email));
            }
        });
        signingKeys.current();
    }

    /**
     * The hash to store for the configured password, if the stored one (null: no account yet) does
     * not verify it or is below the configured cost; empty when the stored hash is right as it is.
     */
    static Optional<String> hashToStore(PasswordHasher hasher, String storedHash, String configuredPassword) {
        if (storedHash != null && !hasher.needsRehash(storedHash) && hasher.verify(configuredPassword, storedHash)) {
            return Optional.empty();
        }
        return Optional.of(hasher.hash(configuredPassword));
    }
}
