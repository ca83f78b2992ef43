package dev.microserves.order.domain;

/** What the order knows of its stock reservation at the inventory service. */
public enum ReservationState {
    /** None made (or none known yet). */
    NONE,
    /** Stock set aside for the order. */
    HELD,
    /** Stock taken out of stock for good: the order is fulfilled from it. */
    COMMITTED,
    /** Held stock given back (by us, or by the reservation's expiry). */
    RELEASED,
    /** Committed stock put back on hand after a cancellation. */
    RETURNED;

    /** Reads a reservation status as the inventory service names it. */
    public static ReservationState fromRemote(String status) {
        return switch (status == null ? "" : status) {
            case "HELD" -> HELD;
            case "COMMITTED" -> COMMITTED;
            case "RETURNED" -> RETURNED;
            // An expired reservation has given its stock back, like a released one.
            default -> RELEASED;
        };
    }

    public boolean holdsStock() {
        return this == HELD || this == COMMITTED;
    }
}
