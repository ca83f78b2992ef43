package dev.microserves.payment.domain;

/** What a processor reports back from its gateway. */
public sealed interface ChargeOutcome {

    /** The money was taken; the gateway's reference for the charge. */
    record Captured(String gatewayReference) implements ChargeOutcome {
    }

    /** The gateway refused: {@code card_declined}, {@code insufficient_funds}, {@code expired_card}... */
    record Declined(String declineCode) implements ChargeOutcome {
    }

    /** The gateway could not be reached or failed: nothing was taken. */
    record Failed(String reason) implements ChargeOutcome {
    }
}
