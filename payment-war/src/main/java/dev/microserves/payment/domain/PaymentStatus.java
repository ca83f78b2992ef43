package dev.microserves.payment.domain;

/**
 * Where a charge attempt stands: {@code PENDING} while the gateway is asked (it holds the order),
 * then {@code CAPTURED} (the money is taken), {@code DECLINED} (the gateway refused the card or
 * payer) or {@code FAILED} (the gateway could not be reached or broke: nothing was taken).
 */
public enum PaymentStatus {
    PENDING, CAPTURED, DECLINED, FAILED
}
