package dev.microserves.benchmark;

import dev.microserves.benchmark.fixture.PlacedOrder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The most recent orders placed (a bounded ring), for lookups to read. */
final class PlacedOrders {

    private static final int CAPACITY = 4096;
    private final AtomicReferenceArray<PlacedOrder> ring = new AtomicReferenceArray<>(CAPACITY);
    private final AtomicLong added = new AtomicLong();

    static PlacedOrders startingWith(List<PlacedOrder> seeds) {
        PlacedOrders orders = new PlacedOrders();
        seeds.forEach(orders::add);
        return orders;
    }

    void add(PlacedOrder order) {
        ring.set((int) (added.getAndIncrement() % CAPACITY), order);
    }

    PlacedOrder any() {
        int filled = (int) Math.min(added.get(), CAPACITY);
        return ring.get(ThreadLocalRandom.current().nextInt(filled));
    }
}
