package dev.microserves.inventory.domain;

/** Why on-hand stock changed. */
public enum MovementKind {
    /** The stock a product was created with. */
    INITIAL,
    /** An admin's correction: a delivery, a count, breakage. */
    ADJUSTMENT,
    /** A reservation was committed: the units left the warehouse. */
    COMMIT,
    /** A committed reservation came back (its order was cancelled). */
    RETURN
}
