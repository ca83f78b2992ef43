package dev.microserves.order.persistence;

import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.persistence.Timestamps;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders by id, by the client's Idempotency-Key, and by customer and status; plus the leases that
 * make sure one worker at a time (a request, or one instance's recovery job) drives an order.
 * A lease is a guarded single-statement update, so it holds across instances.
 */
@ApplicationScoped
@DatabaseSpan
public class OrderRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Order> find(UUID id) {
        return Optional.ofNullable(em.find(Order.class, id));
    }

    /**
     * The order, row-locked until the transaction ends: every saga write is a short locked update.
     * The row is locked first (one plain statement), then the order and its lines are read.
     */
    public Optional<Order> lock(UUID id) {
        boolean exists = !em.createNativeQuery("select 1 from orders where id = ?1 for update")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? find(id) : Optional.empty();
    }

    public void add(Order order) {
        em.persist(order);
        em.flush();
    }

    /** The latest order placed by this customer under this Idempotency-Key. */
    public Optional<Order> latestFor(UUID customerId, String idempotencyKey) {
        return em.createQuery("select o from PurchaseOrder o where o.customerId = :customer "
                        + "and o.idempotencyKey = :key order by o.attempt desc", Order.class)
                .setParameter("customer", customerId)
                .setParameter("key", idempotencyKey)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Orders, newest first, optionally of one customer and/or in one status. */
    public Page<Order> search(UUID customerId, OrderStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (customerId != null) {
            where.append(" and o.customerId = :customer");
        }
        if (status != null) {
            where.append(" and o.status = :status");
        }
        TypedQuery<Long> count = em.createQuery("select count(o) from PurchaseOrder o" + where, Long.class);
        TypedQuery<Order> items = em.createQuery("select o from PurchaseOrder o" + where
                + " order by o.createdAt desc, o.id", Order.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            if (customerId != null) {
                query.setParameter("customer", customerId);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        return page.toPage(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /**
     * Leases, to {@code owner} for {@code leaseSeconds}, the order whose next attempt is most overdue
     * and that nobody holds. {@code FOR UPDATE SKIP LOCKED}: instances running this at the same
     * moment take different orders.
     */
    @SuppressWarnings("unchecked")
    public Optional<UUID> leaseNextDue(UUID owner, long leaseSeconds) {
        List<Object> ids = em.createNativeQuery("""
                update orders set lease_until = now() + make_interval(secs => ?2), lease_owner = ?1
                where id = (select id from orders
                            where next_attempt_at <= now() and (lease_until is null or lease_until < now())
                            order by next_attempt_at limit 1
                            for update skip locked)
                returning id""")
                .setParameter(1, owner)
                .setParameter(2, (double) leaseSeconds)
                .getResultList();
        return ids.stream().map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString())).findFirst();
    }

    /** Leases one order to {@code owner} unless another worker holds it; true when it now does. */
    public boolean lease(UUID id, UUID owner, long leaseSeconds) {
        return em.createNativeQuery("""
                update orders set lease_until = now() + make_interval(secs => ?3), lease_owner = ?2
                where id = ?1 and (lease_until is null or lease_until < now())""")
                .setParameter(1, id)
                .setParameter(2, owner)
                .setParameter(3, (double) leaseSeconds)
                .executeUpdate() == 1;
    }

    /**
     * Renews {@code owner}'s lease on the order, locking its row until the transaction ends; false
     * when another worker holds the lease now (or the order does not exist).
     */
    public boolean renewLease(UUID id, UUID owner, long leaseSeconds) {
        return em.createNativeQuery("""
                update orders set lease_until = now() + make_interval(secs => ?3)
                where id = ?1 and lease_owner = ?2""")
                .setParameter(1, id)
                .setParameter(2, owner)
                .setParameter(3, (double) leaseSeconds)
                .executeUpdate() == 1;
    }

    /** Ends {@code owner}'s lease; a lease another worker holds now is left alone. */
    public void releaseLease(UUID id, UUID owner) {
        em.createNativeQuery("update orders set lease_until = null, lease_owner = null where id = ?1 and lease_owner = ?2")
                .setParameter(1, id)
                .setParameter(2, owner)
                .executeUpdate();
    }

    /** How many orders are PENDING, and since when the oldest is (null when none). */
    public PendingSummary pendingSummary() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select count(*), min(created_at) from orders where status = 'PENDING'")
                .getSingleResult();
        return new PendingSummary(((Number) row[0]).longValue(), Timestamps.toInstant(row[1]));
    }

    /** The PENDING orders: how many, and when the oldest was created. */
    public record PendingSummary(long count, Instant oldestCreatedAt) {
    }

    /** One batch of the orders created in {@code [from, until)}, oldest first, after {@code offset} of them. */
    public List<Order> createdBetween(Instant from, Instant until, int offset, int limit) {
        return em.createQuery("select o from PurchaseOrder o where o.createdAt >= :from and o.createdAt < :until "
                        + "order by o.createdAt, o.id", Order.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
