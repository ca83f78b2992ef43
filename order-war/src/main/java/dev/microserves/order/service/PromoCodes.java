package dev.microserves.order.service;

import dev.microserves.order.domain.pricing.PromoCode;
import dev.microserves.order.domain.pricing.PromoCodeRefused;
import dev.microserves.order.persistence.PromoCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Looks promo codes up; an unknown code, or one outside its validity window, is refused. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PromoCodes {

    @Inject
    PromoCodeRepository codes;

    public PromoCode require(String code) {
        return codes.find(code).orElseThrow(() -> PromoCodeRefused.unknown(PromoCode.normalize(code)));
    }

    /** The code, checked to exist and to be valid now (its minimum spend is checked when pricing). */
    public PromoCode requireValidNow(String code) {
        PromoCode promo = require(code);
        promo.requireValidAt(Instant.now());
        return promo;
    }
}
