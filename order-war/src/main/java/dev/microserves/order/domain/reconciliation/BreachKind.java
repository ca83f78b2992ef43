package dev.microserves.order.domain.reconciliation;

import java.util.Locale;

/** The kinds of breach the contract names, each with its wire name ({@code confirmed-without-capture}). */
public enum BreachKind {
    CONFIRMED_WITHOUT_CAPTURE,
    CAPTURE_DIFFERS_FROM_TOTAL,
    MORE_THAN_ONE_CAPTURE,
    MONEY_ON_UNCONFIRMED_ORDER,
    CONFIRMED_WITHOUT_COMMITTED_STOCK,
    STOCK_HELD_FOR_FINAL_ORDER,
    PENDING_TOO_LONG;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
