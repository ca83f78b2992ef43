package dev.microserves.customer.persistence;

import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.Tier;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** Customers by id and email; search; the tier change (which changes the entity's class). */
@ApplicationScoped
@DatabaseSpan
public class CustomerRepository {

    @PersistenceContext
    EntityManager em;

    /** The customer with its addresses and payment methods loaded (call inside a transaction). */
    public Optional<Customer> find(UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id)).map(CustomerRepository::withDetails);
    }

    /**
     * The customer's version, read from the row alone. Every change to what a customer shows
     * (name, tier and rate, an address or payment method added or removed) raises it.
     */
    public Optional<Long> version(UUID id) {
        return em.createQuery("select c.version from Customer c where c.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<Customer> findByEmail(String email) {
        return em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", Customer.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    public boolean emailExists(String email) {
        return findByEmail(email).isPresent();
    }

    public void save(Customer customer) {
        em.persist(customer);
        em.flush();
    }

    /** Customers whose email contains the given text (any case), newest first. */
    public Page<Customer> search(String emailContains, PageRequest page) {
        String pattern = "%" + (emailContains == null ? "" : escapeLike(Customer.normalizeEmail(emailContains))) + "%";
        long total = em.createQuery("select count(c) from Customer c where c.email like :p escape '\\'", Long.class)
                .setParameter("p", pattern).getSingleResult();
        var items = em.createQuery("select c from Customer c where c.email like :p escape '\\' "
                        + "order by c.createdAt desc, c.id", Customer.class)
                .setParameter("p", pattern)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        items.forEach(CustomerRepository::withDetails);
        return page.toPage(items, total);
    }

    /**
     * Moves a customer to another tier in one guarded statement (the tier is the entity's class,
     * which JPA cannot change on a managed instance). False when the version no longer matches.
     */
    public boolean changeTier(UUID id, long expectedVersion, Tier tier, BigDecimal discountRate) {
        em.flush();
        int updated = em.createNativeQuery("update customers set tier = ?1, discount_rate = ?2, "
                        + "version = version + 1, updated_at = now() where id = ?3 and version = ?4")
                .setParameter(1, tier.name())
                .setParameter(2, tier == Tier.PREMIUM ? discountRate : null)
                .setParameter(3, id)
                .setParameter(4, expectedVersion)
                .executeUpdate();
        em.clear();
        return updated == 1;
    }

    /** Creates the account unless its email exists (several instances may start at once). */
    public boolean addIfEmailFree(Customer customer) {
        int inserted = em.createNativeQuery("insert into customers (id, tier, role, name, email, password_hash, "
                        + "created_at, updated_at, version) values (?1, 'STANDARD', ?2, ?3, ?4, ?5, now(), now(), 0) "
                        + "on conflict (email) do nothing")
                .setParameter(1, customer.id())
                .setParameter(2, customer.role().name())
                .setParameter(3, customer.name())
                .setParameter(4, customer.email())
                .setParameter(5, customer.passwordHash())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * Replaces a password hash unless it changed meanwhile (another instance, a concurrent sign-in):
     * whoever wrote first wins, and either hash verifies the same password.
     */
    public boolean replacePasswordHash(String email, String expectedHash, String newHash) {
        return em.createNativeQuery("update customers set password_hash = ?1 where email = ?2 and password_hash = ?3")
                .setParameter(1, newHash)
                .setParameter(2, Customer.normalizeEmail(email))
                .setParameter(3, expectedHash)
                .executeUpdate() == 1;
    }

    /** Loads both collections (batched across a page, see the entity's @BatchSize). */
    private static Customer withDetails(Customer customer) {
        customer.addresses().size();
        customer.paymentMethods().size();
        return customer;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
