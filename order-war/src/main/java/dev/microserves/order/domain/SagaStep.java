package dev.microserves.order.domain;

import java.util.UUID;

/**
 * A remote step of placing or cancelling an order. Each carries an idempotency key derived from
 * the order id ({@code charge:<orderId>}), so that sending a step again can never do it twice.
 */
public enum SagaStep {
    RESERVE("reserve"),
    CHARGE("charge"),
    COMMIT("commit"),
    RELEASE("release"),
    REFUND("refund"),
    RETURN("return");

    private final String keyPrefix;

    SagaStep(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The {@code Idempotency-Key} this step sends for the given order. */
    public String idempotencyKey(UUID orderId) {
        return keyPrefix + ":" + orderId;
    }
}
