package dev.microserves.payment.service;

import dev.microserves.payment.domain.Card;
import dev.microserves.payment.domain.CardToken;
import dev.microserves.payment.domain.CardTokenNotFound;
import dev.microserves.payment.gateway.SimulatedCardGateway;
import dev.microserves.payment.persistence.CardTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Tokenization: the card goes to the card gateway once (which answers with its own reference for
 * it), and only the token, that reference and what may be shown of the card are kept.
 */
@ApplicationScoped
public class CardTokenService {

    private static final Logger LOG = Logger.getLogger(CardTokenService.class.getName());

    @Inject
    CardTokenRepository tokens;

    @Inject
    SimulatedCardGateway gateway;

    @Inject
    PaymentMetrics metrics;

    /**
     * @param customerId the customer the token will belong to; null when an admin tokenizes
     */
    @Transactional
    public CardToken tokenize(Card card, UUID customerId) {
        CardToken token = CardToken.issue(card, gateway.enroll(card.number()), customerId);
        tokens.save(token);
        metrics.tokenized(card.brand());
        // Card.toString() shows the brand and last four digits only.
        LOG.info(() -> "Tokenized a " + card + (customerId == null ? " (admin)" : " for customer " + customerId));
        return token;
    }

    public CardToken get(String token) {
        return tokens.find(token).orElseThrow(CardTokenNotFound::new);
    }
}
