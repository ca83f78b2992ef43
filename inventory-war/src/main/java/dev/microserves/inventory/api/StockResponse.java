package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.StockLevel;

/** A product's stock: on hand, reserved for orders, available (on hand minus reserved). */
public record StockResponse(int onHand, int reserved, int available) {

    static StockResponse of(StockLevel level) {
        return new StockResponse(level.onHand(), level.reserved(), level.available());
    }
}
