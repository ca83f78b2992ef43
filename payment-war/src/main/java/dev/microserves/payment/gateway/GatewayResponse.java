package dev.microserves.payment.gateway;

/** A gateway's answer to a charge. */
public sealed interface GatewayResponse {

    /** The money was taken; the gateway's reference for the charge. */
    record Approved(String reference) implements GatewayResponse {
    }

    /** Refused, with the gateway's decline code. */
    record Declined(String code) implements GatewayResponse {
    }

    /** The gateway failed or could not be reached; nothing was taken. */
    record Unavailable(String reason) implements GatewayResponse {
    }
}
