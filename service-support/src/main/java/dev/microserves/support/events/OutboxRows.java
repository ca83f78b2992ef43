package dev.microserves.support.events;

import dev.microserves.support.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The {@code outbox_events} table, as the relay reads and marks it. */
@ApplicationScoped
public class OutboxRows {

    /** The advisory lock that makes one relay per database publish at a time (in position order). */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @PersistenceContext
    EntityManager em;

    /**
     * Publishes up to {@code limit} pending rows in position order and marks those the broker
     * acknowledged; returns how many. Only one relay of the database works at a time (instances of
     * one service share it), so rows of one aggregate are never published out of order; an
     * aggregate's changes are serialised by its row lock, so their positions follow their commits.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int publishBatch(int limit, EventPublisher publisher) {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select position, topic, record_key, envelope from outbox_events
                where published_at is null order by position limit ?1""")
                .setParameter(1, limit).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> published = publisher.publish(rows.stream()
                .map(r -> new PendingEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList());
        if (!published.isEmpty()) {
            em.createNativeQuery("update outbox_events set published_at = now() where position in (?1)")
                    .setParameter(1, published).executeUpdate();
        }
        return published.size();
    }

    /** How many events wait, and since when the oldest does (null when none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select count(*), min(created_at) from outbox_events where published_at is null").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), Timestamps.toInstant(row[1]));
    }

    /** Forgets published events older than {@code hours}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgePublishedBefore(long hours) {
        return em.createNativeQuery("delete from outbox_events where published_at < now() - make_interval(hours => ?1)")
                .setParameter(1, (int) hours).executeUpdate();
    }

    /** The events waiting to be published. */
    public record Backlog(long count, Instant oldestCreatedAt) {
    }
}
