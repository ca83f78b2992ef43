package dev.microserves.benchmark.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * A saturation search: steps of rising arrival rate, each judged once all its requests are done.
 * The first step that fails (an error, or a p99 past the bound) ends the search; the highest rate
 * held is the step before it.
 */
public final class Search {

    private final int p99BoundMs;
    private final PhaseRecorder baseline;
    private boolean baselineJudged;
    private final List<PhaseRecorder> steps = new ArrayList<>();
    private int judged;
    private String stopReason;

    /** A search above {@code baseline} (the measured phase): none at all when that had errors. */
    public Search(int p99BoundMs, PhaseRecorder baseline) {
        this.p99BoundMs = p99BoundMs;
        this.baseline = baseline;
    }

    public int p99BoundMs() {
        return p99BoundMs;
    }

    /** The steps' rates: {@code start}, then each {@code factor} times the one before. */
    public static List<Double> rates(double start, double factor, int count) {
        List<Double> rates = new ArrayList<>();
        double rate = start;
        for (int i = 0; i < count; i++) {
            rates.add(Math.round(rate * 10) / 10.0);
            rate *= factor;
        }
        return rates;
    }

    public synchronized PhaseRecorder addStep(double rate, int seconds) {
        PhaseRecorder step = new PhaseRecorder("step " + (steps.size() + 1), rate, seconds);
        steps.add(step);
        return step;
    }

    /**
     * Judges every step before {@code index} not judged yet (called when step {@code index} starts,
     * that is when the previous one's last request is done) and says whether the search is over.
     */
    public synchronized boolean overBefore(int index) {
        if (!baselineJudged) {
            baselineJudged = true;
            if (!baseline.stats().clean()) {
                stopReason = "the measured phase had errors, so there was no search";
            }
        }
        while (stopReason == null && judged < Math.min(index, steps.size())) {
            PhaseStats stats = steps.get(judged).stats();
            if (!stats.holds(p99BoundMs)) {
                stopReason = String.format(java.util.Locale.ROOT, "%s (%.1f/s) did not hold: %d errors, p99 %.1f ms (bound %d ms)",
                        stats.label(), stats.offered(), stats.failed(), stats.p99(), p99BoundMs);
            }
            judged++;
        }
        return stopReason != null;
    }

    /** Judges what is left and reports every step that ran. */
    public synchronized List<PhaseStats> finish() {
        overBefore(steps.size());
        return steps.stream().map(PhaseRecorder::stats).filter(s -> s.ok() + s.failed() > 0).toList();
    }

    /**
     * The last step before the first that failed; the measured phase (the rate the search starts
     * above) when no step held but it did; else null.
     */
    public synchronized PhaseStats highestHeld(PhaseStats measured) {
        PhaseStats held = measured.holds(p99BoundMs) ? measured : null;
        for (PhaseStats stats : finish()) {
            if (!stats.holds(p99BoundMs)) {
                break;
            }
            held = stats;
        }
        return held;
    }

    public synchronized String stopReason() {
        return stopReason != null ? stopReason : "every step held (raise search.steps or the start rate to find the limit)";
    }
}
