package dev.microserves.payment.persistence;

import dev.microserves.payment.domain.CardToken;
import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Card tokens by token. */
@ApplicationScoped
@DatabaseSpan
public class CardTokenRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<CardToken> find(String token) {
        return Optional.ofNullable(em.find(CardToken.class, token));
    }

    public void save(CardToken token) {
        em.persist(token);
        em.flush();
    }
}
