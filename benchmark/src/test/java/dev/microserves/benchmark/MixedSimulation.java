package dev.microserves.benchmark;

/** A shop's day: 80 % catalogue, 15 % orders placed, 5 % orders looked up by their owner. */
public final class MixedSimulation extends BenchmarkSimulation {

    public MixedSimulation() {
        super("mixed", "mixed: 80 % catalogue, 15 % orders, 5 % lookups");
        run(40, new Requests(settings, data()).mixed());
    }
}
