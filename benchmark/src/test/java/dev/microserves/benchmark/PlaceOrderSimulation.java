package dev.microserves.benchmark;

/** Placing orders: the whole saga (customer, reservation, payment, commit) per request. */
public final class PlaceOrderSimulation extends BenchmarkSimulation {

    public PlaceOrderSimulation() {
        super("orders", "place order: POST /api/orders");
        run(5, new Requests(settings, data()).placeOrder());
    }
}
