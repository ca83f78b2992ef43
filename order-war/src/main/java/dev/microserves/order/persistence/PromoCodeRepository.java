package dev.microserves.order.persistence;

import dev.microserves.order.domain.pricing.PromoCode;
import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Promo codes by code (case-insensitive). */
@ApplicationScoped
@DatabaseSpan
public class PromoCodeRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<PromoCode> find(String code) {
        return Optional.ofNullable(em.find(PromoCode.class, PromoCode.normalize(code)));
    }
}
