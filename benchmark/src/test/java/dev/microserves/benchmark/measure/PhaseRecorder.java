package dev.microserves.benchmark.measure;

import java.util.Arrays;

/**
 * Latencies and outcomes of one phase, recorded by the virtual users as they finish. Thread-safe;
 * memory grows with the requests of the phase (a few hundred thousand at most in a bounded run).
 */
public final class PhaseRecorder {

    private final String label;
    private final double offered;
    private final int seconds;
    private long[] micros = new long[1024];
    private int size;
    private long failed;

    public PhaseRecorder(String label, double offered, int seconds) {
        this.label = label;
        this.offered = offered;
        this.seconds = seconds;
    }

    public String label() {
        return label;
    }

    public double offered() {
        return offered;
    }

    public int seconds() {
        return seconds;
    }

    /** One request: its latency from the user's arrival, and whether it got the expected answer. */
    public synchronized void record(long nanos, boolean ok) {
        if (!ok) {
            failed++;
            return;
        }
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = nanos / 1000;
    }

    public synchronized PhaseStats stats() {
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        return new PhaseStats(label, offered, seconds, size, failed, size / (double) seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                size == 0 ? 0 : sorted[size - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
