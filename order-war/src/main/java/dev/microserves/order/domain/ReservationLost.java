package dev.microserves.order.domain;

/**
 * The stock reservation could not be committed after the payment was captured (it expired, or was
 * released meanwhile): the payment is refunded and the order rejected.
 */
public class ReservationLost extends Refusal {
    public ReservationLost() {
        super(409, "reservation-lost", "Reservation lost",
                "The stock reserved for the order was no longer held when the order was to be confirmed; "
                        + "the payment is refunded.");
    }
}
