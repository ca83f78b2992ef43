package dev.microserves.customer.service;

import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.Role;
import dev.microserves.customer.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the admin account at first start from {@code microserves.admin.email} and
 * {@code microserves.admin.password}; later starts (and other instances) leave it as it is.
 * Also makes sure the token signing key exists before the first request needs it.
 */
@ApplicationScoped
public class AdminAccount {

    private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());

    @Inject
    CustomerRepository customers;

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

    @Transactional
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Customer admin = new Customer("Administrator", email, passwords.hasher().hash(password), Role.ADMIN);
        if (customers.addIfEmailFree(admin)) {
            LOG.info("Created the admin account " + admin.email());
        }
        signingKeys.current();
    }
}
