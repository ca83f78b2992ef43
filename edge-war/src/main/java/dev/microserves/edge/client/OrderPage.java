package dev.microserves.edge.client;

import java.util.List;

/** A page of {@code GET /api/orders} (the contract's collection shape; only the items are read). */
public record OrderPage(List<OrderView> items) {
}
