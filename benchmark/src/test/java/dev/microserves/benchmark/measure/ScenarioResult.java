package dev.microserves.benchmark.measure;

import java.util.List;

/**
 * What one scenario's simulation found, kept in {@code target/benchmark/runs/<run>/<name>.json}
 * so that the run's summary can put every scenario beside the ceiling.
 *
 * @param name       short name ({@code ceiling}, {@code catalogue}, {@code orders}, {@code mixed})
 * @param simulation the Gatling simulation's class name, which names its report folder
 * @param settings   the settings it ran under
 * @param warmUp     the uncounted warm-up
 * @param measured   the scenario at its nominal rate
 * @param steps      the saturation search's steps
 * @param held       the highest step held, or null
 * @param stopReason why the search stopped
 */
public record ScenarioResult(String name, String title, String simulation, String settings, int p99BoundMs,
                             PhaseStats warmUp, PhaseStats measured, List<PhaseStats> steps, PhaseStats held,
                             String stopReason, long finishedAtMillis) {

    /** A failed run: an error or an unexpected answer in the warm-up or the measured phase. */
    public boolean failed() {
        return !warmUp.clean() || !measured.clean();
    }

    public double heldRate() {
        return held == null ? 0 : held.throughput();
    }
}
