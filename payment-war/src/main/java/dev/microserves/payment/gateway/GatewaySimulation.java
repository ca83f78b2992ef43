package dev.microserves.payment.gateway;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * What makes a simulated gateway behave like a remote one: every call takes {@code latency}, and a
 * share {@code failureRate} (0.0 never .. 1.0 always) of the calls fail as if the gateway were down.
 */
public final class GatewaySimulation {

    /** How the simulation waits out its latency; tests pass one that does not wait. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Duration latency;
    private final double failureRate;
    private final DoubleSupplier random;
    private final Pause pause;

    public GatewaySimulation(Duration latency, double failureRate, DoubleSupplier random, Pause pause) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("gateway latency must not be negative");
        }
        if (!(failureRate >= 0.0 && failureRate <= 1.0)) {
            throw new IllegalArgumentException("gateway failure rate must be between 0.0 and 1.0");
        }
        this.latency = latency;
        this.failureRate = failureRate;
        this.random = random;
        this.pause = pause;
    }

    /** A simulation whose latency is real time and whose failures are random. */
    public static GatewaySimulation of(long latencyMillis, double failureRate) {
        return new GatewaySimulation(Duration.ofMillis(latencyMillis), failureRate,
                () -> ThreadLocalRandom.current().nextDouble(), d -> Thread.sleep(d.toMillis()));
    }

    /** Calls the gateway: waits the latency, then fails at the configured rate or gives its answer. */
    public GatewayResponse call(Supplier<GatewayResponse> answer) {
        try {
            if (!latency.isZero()) {
                pause.pause(latency);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GatewayResponse.Unavailable("interrupted before the gateway answered");
        }
        if (failureRate > 0.0 && random.getAsDouble() < failureRate) {
            return new GatewayResponse.Unavailable("simulated gateway outage");
        }
        return answer.get();
    }

    public Duration latency() {
        return latency;
    }

    public double failureRate() {
        return failureRate;
    }
}
