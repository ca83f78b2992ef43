package dev.microserves.inventory.persistence;

import dev.microserves.inventory.domain.StockMovement;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The append-only history of on-hand changes. */
@ApplicationScoped
@DatabaseSpan
public class StockMovementRepository {

    @PersistenceContext
    EntityManager em;

    public void add(StockMovement movement) {
        em.persist(movement);
    }

    /** A product's movements, newest first. */
    public Page<StockMovement> ofProduct(String sku, PageRequest page) {
        long total = em.createQuery("select count(m) from StockMovement m where m.sku = :sku", Long.class)
                .setParameter("sku", sku).getSingleResult();
        var items = em.createQuery("select m from StockMovement m where m.sku = :sku "
                        + "order by m.createdAt desc, m.id", StockMovement.class)
                .setParameter("sku", sku)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return page.toPage(items, total);
    }
}
