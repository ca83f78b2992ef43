package dev.microserves.customer.service;

import dev.microserves.customer.domain.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured password hasher (its cost from {@code microserves.password.iterations}). */
@ApplicationScoped
public class Passwords {

    @Inject
    @ConfigProperty(name = "microserves.password.iterations", defaultValue = "210000")
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
