package dev.microserves.edge.client;

/** A product's stock: on hand, reserved for orders, available to buy. */
public record StockView(int onHand, int reserved, int available) {
}
