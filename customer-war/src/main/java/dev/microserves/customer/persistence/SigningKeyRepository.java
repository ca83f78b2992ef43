package dev.microserves.customer.persistence;

import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The stored signing key (kid and PKCS#8 private key), used when none is configured. */
@ApplicationScoped
@DatabaseSpan
public class SigningKeyRepository {

    public record StoredKey(String kid, byte[] privateKey) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<StoredKey> oldest() {
        return em.createNativeQuery("select kid, private_key from signing_keys order by created_at, kid limit 1")
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new StoredKey((String) r[0], (byte[]) r[1]);
                })
                .findFirst();
    }

    /**
     * Takes a transaction-scoped advisory lock: instances that start at once on an empty database
     * look for the key (and store one) one after the other, so they all end up with the same key.
     */
    public void lockForGeneration(long lock) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked").setParameter(1, lock).getSingleResult();
    }

    /** Stores a key unless one with this kid exists. */
    public void addIfAbsent(String kid, byte[] privateKey) {
        em.createNativeQuery("insert into signing_keys (kid, private_key, created_at) values (?1, ?2, now()) "
                        + "on conflict (kid) do nothing")
                .setParameter(1, kid).setParameter(2, privateKey).executeUpdate();
    }
}
