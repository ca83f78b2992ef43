package dev.microserves.payment.persistence;

import dev.microserves.payment.domain.PayPalAgreement;
import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** PayPal agreements by token. */
@ApplicationScoped
@DatabaseSpan
public class PayPalAgreementRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<PayPalAgreement> find(String token) {
        return Optional.ofNullable(em.find(PayPalAgreement.class, token));
    }

    public void save(PayPalAgreement agreement) {
        em.persist(agreement);
        em.flush();
    }
}
