package dev.microserves.inventory.persistence;

import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.ProductChanged;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Products by sku, several skus at once, and the catalogue search. */
@ApplicationScoped
@DatabaseSpan
public class ProductRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProductChanged> changes;

    public Optional<Product> find(String sku) {
        return Optional.ofNullable(em.find(Product.class, sku));
    }

    /**
     * The product, its row locked until the transaction ends, read after the lock was granted: a
     * concurrent edit waits, then sees this one's version (and answers 412 if it named the old one).
     */
    public Optional<Product> findForUpdate(String sku) {
        boolean exists = !em.createNativeQuery("select sku from products where sku = ?1 for no key update")
                .setParameter(1, sku).getResultList().isEmpty();
        return exists ? Optional.ofNullable(em.find(Product.class, sku)) : Optional.empty();
    }

    public boolean exists(String sku) {
        return !em.createQuery("select p.sku from Product p where p.sku = :sku", String.class)
                .setParameter("sku", sku).getResultList().isEmpty();
    }

    public Map<String, Product> findAll(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                .setParameter("skus", skus)
                .getResultStream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    public void save(Product product) {
        em.persist(product);
        em.flush();
        changes.fire(new ProductChanged(product.sku(), true));
    }

    /**
     * Writes the pending changes of {@code product} now, so that the version the caller answers with
     * is the stored one, and announces them ({@link ProductChanged}).
     */
    public void flush(Product product) {
        em.flush();
        changes.fire(new ProductChanged(product.sku(), true));
    }

    /**
     * The catalogue, by sku: optionally one category, optionally products whose name or description
     * contains {@code text} in any case.
     */
    public Page<Product> search(String category, String text, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (category != null) {
            where.append(" and p.category = :category");
        }
        String pattern = text == null || text.isBlank() ? null
                : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        if (pattern != null) {
            where.append(" and (lower(p.name) like :pattern escape '\\'"
                    + " or lower(coalesce(p.description, '')) like :pattern escape '\\')");
        }
        long total = bind(em.createQuery("select count(p) from Product p" + where, Long.class), category, pattern)
                .getSingleResult();
        var items = bind(em.createQuery("select p from Product p" + where + " order by p.sku", Product.class),
                category, pattern)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return page.toPage(items, total);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String category, String pattern) {
        if (category != null) {
            query.setParameter("category", category);
        }
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
