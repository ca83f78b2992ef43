package dev.microserves.order.service;

import java.util.UUID;

/**
 * This worker's lease on an order has passed to another worker (it expired first): the other one
 * drives the order now, and this one must stop without writing anything more.
 */
public class LeaseLost extends RuntimeException {

    public LeaseLost(UUID orderId) {
        super("Another worker holds the lease on order " + orderId + " now", null, false, false);
    }
}
