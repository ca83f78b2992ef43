package dev.microserves.customer.persistence;

import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per principal (an account, or a source address), counted in the database so that every instance sees the same
 * count. Each method is one statement, atomic under concurrency.
 */
@ApplicationScoped
@DatabaseSpan
public class LoginFailureRepository {

    @PersistenceContext
    EntityManager em;

    /** Until when the longer-blocked of two principals (they may be the same) is blocked, if either is. */
    public Optional<Instant> blockedUntil(String principal, String otherPrincipal) {
        return em.createNativeQuery("select blocked_until from login_failures where principal in (?1, ?2) "
                        + "and blocked_until > now() order by blocked_until desc limit 1", Instant.class)
                .setParameter(1, principal)
                .setParameter(2, otherPrincipal)
                .getResultStream().map(Instant.class::cast).findFirst();
    }

    /**
     * Counts one more failure in the current window (a window older than {@code windowSeconds}
     * starts again at one) and blocks the principal for {@code windowSeconds} once it reaches
     * {@code maxFailures}. Returns the failures counted in the window.
     */
    public int recordFailure(String principal, int maxFailures, long windowSeconds) {
        Number failures = (Number) em.createNativeQuery("""
                insert into login_failures as f (principal, failures, window_started_at, blocked_until)
                values (?1, 1, now(), case when 1 >= ?2 then now() + make_interval(secs => ?3) end)
                on conflict (principal) do update set
                  failures = case when f.window_started_at < now() - make_interval(secs => ?3) then 1 else f.failures + 1 end,
                  window_started_at = case when f.window_started_at < now() - make_interval(secs => ?3) then now() else f.window_started_at end,
                  blocked_until = case
                    when (case when f.window_started_at < now() - make_interval(secs => ?3) then 1 else f.failures + 1 end) >= ?2
                    then now() + make_interval(secs => ?3) else f.blocked_until end
                returning failures""")
                .setParameter(1, principal)
                .setParameter(2, maxFailures)
                .setParameter(3, (double) windowSeconds)
                .getSingleResult();
        return failures.intValue();
    }

    public void clear(String principal) {
        em.createNativeQuery("delete from login_failures where principal = ?1")
                .setParameter(1, principal).executeUpdate();
    }
}
