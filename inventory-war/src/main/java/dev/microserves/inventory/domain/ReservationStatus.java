package dev.microserves.inventory.domain;

/**
 * A reservation's life: {@code HELD} (stock set aside) then either {@code COMMITTED} (the stock
 * left on-hand) or {@code RELEASED} (back to available, on request or on expiry); a committed
 * reservation may later be {@code RETURNED} (back on hand).
 */
public enum ReservationStatus {
    HELD, COMMITTED, RELEASED, RETURNED
}
