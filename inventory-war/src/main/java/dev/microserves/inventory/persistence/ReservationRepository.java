package dev.microserves.inventory.persistence;

import dev.microserves.inventory.domain.Reservation;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reservations by id and by order, their row locks, and the expiry job's work queue. */
@ApplicationScoped
@DatabaseSpan
public class ReservationRepository {

    /** Namespaces this service's advisory locks (the first key of the two-key form). */
    private static final int ORDER_LOCK_SPACE = 9082;

    @PersistenceContext
    EntityManager em;

    public Optional<Reservation> find(UUID id) {
        return Optional.ofNullable(em.find(Reservation.class, id));
    }

    /**
     * The reservation with its row locked until the transaction ends: a concurrent transition of
     * the same reservation (or the expiry job) waits, then sees the outcome of this one. The lock
     * is taken before the reservation is read (not by JPA's lock-after-load, which would fail the
     * waiting transaction with an optimistic-lock error instead of letting it see the new state).
     */
    public Optional<Reservation> findForUpdate(UUID id) {
        boolean exists = !em.createNativeQuery("select id from reservations where id = ?1 for update")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? Optional.ofNullable(em.find(Reservation.class, id)) : Optional.empty();
    }

    public Optional<Reservation> findByOrderId(UUID orderId) {
        return em.createQuery("select r from Reservation r where r.orderId = :orderId", Reservation.class)
                .setParameter("orderId", orderId).getResultStream().findFirst();
    }

    /**
     * Serialises reservation requests for one order until the transaction ends, so a second request
     * for the order finds the first one's reservation instead of racing it into the unique index.
     * Always taken before any stock row, so it cannot take part in a deadlock.
     */
    public void lockOrder(UUID orderId) {
        int key = Long.hashCode(orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits());
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, ORDER_LOCK_SPACE).setParameter(2, key).getSingleResult();
    }

    public void save(Reservation reservation) {
        em.persist(reservation);
        em.flush();
    }

    /** Reservations, newest first, optionally only the one of an order. */
    public Page<Reservation> search(UUID orderId, PageRequest page) {
        String where = orderId == null ? "" : " where r.orderId = :orderId";
        var count = em.createQuery("select count(r) from Reservation r" + where, Long.class);
        var select = em.createQuery("select r from Reservation r" + where + " order by r.createdAt desc, r.id",
                Reservation.class);
        if (orderId != null) {
            count.setParameter("orderId", orderId);
            select.setParameter("orderId", orderId);
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return page.toPage(items, count.getSingleResult());
    }

    /**
     * Up to {@code limit} held reservations past their deadline, their rows locked. Rows another
     * transaction holds (a commit in progress, another instance's expiry job) are skipped, so
     * several instances share the work without waiting for, or doing twice, each other's.
     */
    public List<Reservation> lockExpired(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from reservations where status = 'HELD' and expires_at <= ?1 "
                        + "order by expires_at limit ?2 for update skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(Reservation.class, id)).toList();
    }
}
