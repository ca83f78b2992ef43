package dev.microserves.payment.api;

import dev.microserves.payment.domain.CardToken;

/** A card token and what may be shown of its card. */
public record CardTokenResponse(String token, String brand, String last4, int expMonth, int expYear) {

    static CardTokenResponse of(CardToken token) {
        return new CardTokenResponse(token.token(), token.brand(), token.last4(), token.expMonth(), token.expYear());
    }
}
