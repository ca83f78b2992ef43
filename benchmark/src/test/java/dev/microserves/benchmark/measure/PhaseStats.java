package dev.microserves.benchmark.measure;

import java.util.Locale;

/**
 * One phase's figures: the rate offered, what completed and how fast.
 *
 * @param label      the phase ({@code measured}, {@code step 3}, ...)
 * @param offered    the arrival rate offered, per second
 * @param seconds    how long arrivals were injected
 * @param ok         answers with the expected status
 * @param failed     anything else: another status, a timeout, a refused connection
 * @param throughput answers with the expected status per second of the phase
 */
public record PhaseStats(String label, double offered, int seconds, long ok, long failed, double throughput,
                         double p50, double p95, double p99, double max) {

    public boolean clean() {
        return failed == 0 && ok > 0;
    }

    /** Held: no failure and a p99 within the bound. */
    public boolean holds(int p99BoundMs) {
        return clean() && p99 <= p99BoundMs;
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-14s %9s %9s %8s %7s %8s %8s %8s %8s", "phase", "offered/s", "done/s",
                "ok", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }

    public String row() {
        return String.format(Locale.ROOT, "%-14s %9.1f %9.1f %8d %7d %8.1f %8.1f %8.1f %8.1f", label, offered,
                throughput, ok, failed, p50, p95, p99, max);
    }
}
