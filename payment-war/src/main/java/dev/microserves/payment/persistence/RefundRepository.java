package dev.microserves.payment.persistence;

import dev.microserves.payment.domain.Refund;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Refunds of a payment. */
@ApplicationScoped
@DatabaseSpan
public class RefundRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Refund> find(UUID paymentId, UUID refundId) {
        return Optional.ofNullable(em.find(Refund.class, refundId)).filter(r -> r.paymentId().equals(paymentId));
    }

    /** A payment's refunds, oldest first. */
    public Page<Refund> ofPayment(UUID paymentId, PageRequest page) {
        long total = em.createQuery("select count(r) from Refund r where r.paymentId = :payment", Long.class)
                .setParameter("payment", paymentId).getSingleResult();
        var items = em.createQuery("select r from Refund r where r.paymentId = :payment order by r.createdAt, r.id",
                        Refund.class)
                .setParameter("payment", paymentId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return page.toPage(items, total);
    }
}
