package dev.microserves.customer.service;

import dev.microserves.customer.domain.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured password hasher (its cost from {@code microserves.password.iterations}, default
 * 600,000 as OWASP advises for PBKDF2-HMAC-SHA256). Hashing is slow on purpose: callers do it
 * outside any transaction, so that no pooled connection waits on it.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    @ConfigProperty(name = "microserves.password.iterations", defaultValue = "600000")
    int iterations;

    private PasswordHasher hasher;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
