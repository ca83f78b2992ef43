package dev.microserves.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The {@code idempotency_keys} table. A key is claimed by inserting it (one statement, so two
 * twins racing cannot both win); a claim whose lease ran out (its request died) can be taken over.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** A stored key: who holds it, for which request, and the response once there is one. */
    public record Entry(String requestHash, boolean completed, Integer status, String contentType,
                        String body, String location, boolean leaseExpired) {
    }

    @PersistenceContext
    EntityManager em;

    /** True when this request now holds the key (new, or taken over from a dead twin). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String scope, String key, String requestHash, long leaseSeconds) {
        return insertClaim(scope, key, requestHash, leaseSeconds);
    }

    /**
     * {@link #claim} in the caller's transaction, which then also makes the change and stores the
     * answer: a twin's claim waits for that transaction and finds the key completed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claimInTransaction(String scope, String key, String requestHash, long leaseSeconds) {
        return insertClaim(scope, key, requestHash, leaseSeconds);
    }

    /**
     * Stores a final answer for a key nobody holds (its claim was rolled back with the refused
     * change); a twin that has claimed the key meanwhile stores its own answer instead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void storeUnlessClaimed(String scope, String key, String requestHash, StoredResponse response) {
        em.createNativeQuery("""
                insert into idempotency_keys (scope, idem_key, request_hash, state, response_status, response_type,
                                              response_body, response_location, created_at, completed_at)
                values (?1, ?2, ?3, 'COMPLETED', ?4, ?5, ?6, ?7, now(), now())
                on conflict (scope, idem_key) do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, response.status()).setParameter(5, response.contentType())
                .setParameter(6, response.body()).setParameter(7, response.location())
                .executeUpdate();
    }

    private boolean insertClaim(String scope, String key, String requestHash, long leaseSeconds) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_keys (scope, idem_key, request_hash, state, locked_until, created_at)
                values (?1, ?2, ?3, 'IN_FLIGHT', now() + make_interval(secs => ?4), now())
                on conflict (scope, idem_key) do update
                  set locked_until = now() + make_interval(secs => ?4)
                  where idempotency_keys.state = 'IN_FLIGHT'
                    and idempotency_keys.request_hash = ?3
                    and idempotency_keys.locked_until < now()""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, (double) leaseSeconds)
                .executeUpdate();
        return inserted == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Entry> find(String scope, String key) {
        return em.createNativeQuery("""
                select request_hash, state, response_status, response_type, response_body, response_location,
                       coalesce(locked_until < now(), false)
                from idempotency_keys where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Entry((String) r[0], "COMPLETED".equals(r[1]),
                            r[2] == null ? null : ((Number) r[2]).intValue(),
                            (String) r[3], (String) r[4], (String) r[5], Boolean.TRUE.equals(r[6]));
                })
                .findFirst();
    }

    /** Stores the response, in the caller's transaction (so it commits with the business change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, StoredResponse response) {
        store(scope, key, response);
    }

    /** Stores the response in a transaction of its own (the business change committed, or never happened). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completeSeparately(String scope, String key, StoredResponse response) {
        store(scope, key, response);
    }

    /** Gives the key up, so that a retry is processed afresh (the request failed without a final answer). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        em.createNativeQuery("delete from idempotency_keys where scope = ?1 and idem_key = ?2 and state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    /** Forgets keys older than the retention period; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeOlderThan(long retentionHours) {
        return em.createNativeQuery("delete from idempotency_keys where created_at < now() - make_interval(hours => ?1)")
                .setParameter(1, (int) retentionHours).executeUpdate();
    }

    private void store(String scope, String key, StoredResponse response) {
        em.createNativeQuery("""
                update idempotency_keys set state = 'COMPLETED', response_status = ?3, response_type = ?4,
                       response_body = ?5, response_location = ?6, completed_at = now(), locked_until = null
                where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .setParameter(3, response.status()).setParameter(4, response.contentType())
                .setParameter(5, response.body()).setParameter(6, response.location())
                .executeUpdate();
    }
}
