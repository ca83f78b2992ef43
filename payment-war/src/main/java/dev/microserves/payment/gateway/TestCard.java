package dev.microserves.payment.gateway;

import java.util.Map;

/**
 * How the simulated card network treats a card: the public test cards decline or fail the way the
 * contract lists, every other valid card is approved. The card gateway keeps only this (by name)
 * for a tokenized card, never the number.
 */
public enum TestCard {
    APPROVE(null),
    DECLINE_CARD_DECLINED("card_declined"),
    DECLINE_INSUFFICIENT_FUNDS("insufficient_funds"),
    DECLINE_EXPIRED_CARD("expired_card"),
    PROCESSOR_ERROR(null);

    private static final Map<String, TestCard> BY_NUMBER = Map.of(
            "4242424242424242", APPROVE,
            "4000000000000002", DECLINE_CARD_DECLINED,
            "4000000000009995", DECLINE_INSUFFICIENT_FUNDS,
            "4000000000000069", DECLINE_EXPIRED_CARD,
            "4000000000000119", PROCESSOR_ERROR);

    private final String declineCode;

    TestCard(String declineCode) {
        this.declineCode = declineCode;
    }

    /** The behaviour of a card number: a test card's, or approval for any other card. */
    public static TestCard forNumber(String digits) {
        return BY_NUMBER.getOrDefault(digits, APPROVE);
    }

    /** The decline code, for the behaviours that decline; null otherwise. */
    public String declineCode() {
        return declineCode;
    }
}
