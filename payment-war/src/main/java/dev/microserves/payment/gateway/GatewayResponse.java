package dev.microserves.payment.gateway;

import java.math.BigDecimal;

/** A gateway's answer to a charge, or to a lookup of one by its merchant reference. */
public sealed interface GatewayResponse {

    /** The money was taken: the gateway's reference for the charge, and what it took. */
    record Approved(String reference, BigDecimal amount, String currency) implements GatewayResponse {
    }

    /** Refused, with the gateway's decline code. */
    record Declined(String code) implements GatewayResponse {
    }

    /** The gateway failed or could not be reached; nothing was taken (for a lookup: it could not tell). */
    record Unavailable(String reason) implements GatewayResponse {
    }

    /** A lookup's answer: the gateway has no charge by that merchant reference, so it took nothing for it. */
    record NotFound() implements GatewayResponse {
    }
}
