package dev.microserves.payment.domain;

import dev.microserves.payment.gateway.GatewayResponse;

/** A gateway's answer in the payment's terms. */
final class GatewayOutcomes {

    private GatewayOutcomes() {
    }

    static ChargeOutcome toOutcome(GatewayResponse response) {
        if (response instanceof GatewayResponse.Approved approved) {
            return new ChargeOutcome.Captured(approved.reference());
        }
        if (response instanceof GatewayResponse.Declined declined) {
            return new ChargeOutcome.Declined(declined.code());
        }
        return new ChargeOutcome.Failed(((GatewayResponse.Unavailable) response).reason());
    }
}
