package dev.microserves.payment.domain;

import dev.microserves.payment.gateway.GatewayResponse;
import java.util.Optional;

/** A gateway's answer in the payment's terms. */
final class GatewayOutcomes {

    /** Why a charge the gateway has no record of ended FAILED. */
    static final String NEVER_MADE = "abandoned: the gateway has no such charge";

    private GatewayOutcomes() {
    }

    /** The outcome of a charge, from the gateway's answer to it. */
    static ChargeOutcome toOutcome(GatewayResponse response) {
        if (response instanceof GatewayResponse.Approved approved) {
            return new ChargeOutcome.Captured(approved.reference());
        }
        if (response instanceof GatewayResponse.Declined declined) {
            return new ChargeOutcome.Declined(declined.code());
        }
        if (response instanceof GatewayResponse.NotFound) {
            return new ChargeOutcome.Failed(NEVER_MADE);
        }
        return new ChargeOutcome.Failed(((GatewayResponse.Unavailable) response).reason());
    }

    /**
     * The outcome of a charge, from the gateway's answer to a lookup of it; empty when the gateway
     * could not tell, or names a capture of another amount (not this charge: an operator's case,
     * never to be recorded as this payment's).
     */
    static Optional<ChargeOutcome> toFoundOutcome(GatewayResponse response, Money charged) {
        if (response instanceof GatewayResponse.Unavailable) {
            return Optional.empty();
        }
        if (response instanceof GatewayResponse.Approved approved
                && !charged.equals(Money.of(approved.amount(), approved.currency()))) {
            return Optional.empty();
        }
        return Optional.of(toOutcome(response));
    }
}
