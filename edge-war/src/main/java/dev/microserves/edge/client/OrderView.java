package dev.microserves.edge.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as a list of recent orders shows it: what, how much, in which state, when. */
public record OrderView(UUID id, String status, List<Line> lines, MoneyView total, Instant createdAt) {

    public record Line(String sku, int quantity, MoneyView lineTotal) {
    }
}
