package dev.microserves.order.domain;

/** What the order knows of its payment at the payment service. */
public enum PaymentState {
    /** Nothing captured (or nothing known to be). */
    NONE,
    /** The total was captured. */
    CAPTURED,
    /** The capture was refunded in full. */
    REFUNDED
}
