package dev.microserves.customer.service;

import dev.microserves.customer.domain.Address;
import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.CustomerNotFound;
import dev.microserves.customer.domain.EmailTaken;
import dev.microserves.customer.domain.PaymentMethod;
import dev.microserves.customer.domain.PremiumCustomer;
import dev.microserves.customer.domain.Role;
import dev.microserves.customer.domain.Tier;
import dev.microserves.customer.persistence.CustomerRepository;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.web.ETags;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Registration, profile changes, addresses and payment methods: each method one transaction
 * (reads too: Liberty's entity manager is used inside a transaction only). Every customer handed
 * out has its addresses and payment methods loaded, ready to be shown.
 */
@ApplicationScoped
@Transactional
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerEvents events;

    @Inject
    @ConfigProperty(name = "microserves.premium.discount-rate", defaultValue = "0.10")
    BigDecimal premiumDiscountRate;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    /**
     * What a registration says, the password already hashed ({@link Passwords}) by the caller,
     * outside this service's transaction: the password is never kept in the clear.
     */
    public record Registration(String name, String email, String passwordHash, Address.Details shippingAddress) {
    }

    /** A change of name and/or tier; null leaves a field as it is. */
    public record Change(String name, Tier tier) {
    }

    public Customer register(Registration registration) {
        if (customers.emailExists(registration.email())) {
            throw new EmailTaken();
        }
        Customer customer = new Customer(registration.name(), registration.email(),
                registration.passwordHash(), Role.CUSTOMER);
        if (registration.shippingAddress() != null) {
            customer.addAddress(registration.shippingAddress());
        }
        try {
            customers.save(customer);
        } catch (PersistenceException concurrentTwin) {
            // The unique email constraint caught a registration that raced this one.
            throw new EmailTaken();
        }
        events.registered(customer.id(), customer.tier());
        metrics.counter("customers_registered_total").inc();
        LOG.info(() -> "Registered customer " + customer.id());
        return customer;
    }

    public Customer get(UUID id) {
        return customers.find(id).orElseThrow(() -> new CustomerNotFound(id));
    }

    /** The customer's current version alone (what its ETag says), without loading it. */
    public long version(UUID id) {
        return customers.version(id).orElseThrow(() -> new CustomerNotFound(id));
    }

    public Page<Customer> search(String email, PageRequest page) {
        return customers.search(email, page);
    }

    /**
     * Applies a change guarded by the version the client read ({@code If-Match}); a stale version
     * is a 412 and changes nothing. Only an admin may change the tier (checked by the caller).
     */
    public Customer change(UUID id, String ifMatch, Change change) {
        Customer customer = get(id);
        ETags.requireMatch(ifMatch, customer.version());
        if (change.name() != null) {
            customer.rename(change.name());
            customers.save(customer);
        }
        if (change.tier() != null && change.tier() != customer.tier()) {
            BigDecimal rate = change.tier() == Tier.PREMIUM ? PremiumCustomer.checkedRate(premiumDiscountRate) : null;
            if (!customers.changeTier(id, customer.version(), change.tier(), rate)) {
                throw ProblemException.preconditionFailed("The customer changed meanwhile; read it again and retry.");
            }
            events.tierChanged(id, change.tier());
            LOG.info(() -> "Customer " + id + " is now " + change.tier());
            customer = get(id);
        }
        return customer;
    }

    public Address addAddress(UUID customerId, String ifMatch, Address.Details details) {
        Customer customer = get(customerId);
        ETags.requireMatch(ifMatch, customer.version());
        Address address = customer.addAddress(details);
        customers.save(customer);
        return address;
    }

    public void removeAddress(UUID customerId, UUID addressId) {
        Customer customer = get(customerId);
        customer.removeAddress(addressId);
        customers.save(customer);
    }

    public PaymentMethod addPaymentMethod(UUID customerId, PaymentMethod.Details details) {
        Customer customer = get(customerId);
        PaymentMethod method = customer.addPaymentMethod(details);
        customers.save(customer);
        return method;
    }

    public void removePaymentMethod(UUID customerId, UUID paymentMethodId) {
        Customer customer = get(customerId);
        customer.removePaymentMethod(paymentMethodId);
        customers.save(customer);
    }
}
