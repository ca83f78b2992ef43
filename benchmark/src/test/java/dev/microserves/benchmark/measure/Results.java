package dev.microserves.benchmark.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The results of one run's simulations, on disk, and the summary that sets them beside the ceiling. */
public final class Results {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ORDER = List.of("ceiling", "catalogue", "orders", "mixed");

    private final Path directory;

    public Results(Path workDirectory, String runId) {
        this.directory = workDirectory.resolve("runs").resolve(runId);
    }

    public Path directory() {
        return directory;
    }

    public void save(ScenarioResult result) {
        try {
            Files.createDirectories(directory);
            JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(result.name() + ".json").toFile(), result);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write results to " + directory, e);
        }
    }

    public List<ScenarioResult> all() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                results.add(JSON.readValue(file.toFile(), ScenarioResult.class));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read results in " + directory, e);
        }
        results.sort(Comparator.comparingInt(r -> ORDER.indexOf(r.name())));
        return results;
    }

    /** One scenario's phases, as a table. */
    public static void printScenario(ScenarioResult result, PrintStream out) {
        out.println();
        out.println("== " + result.title() + " (" + result.settings() + ")");
        out.println(PhaseStats.header());
        out.println(result.warmUp().row() + "   (not counted)");
        out.println(result.measured().row());
        result.steps().forEach(step -> out.println(step.row()));
        out.println(result.failed() ? "FAILED: errors or unexpected answers in the warm-up or measured phase"
                : "measured phase clean: no errors, no unexpected answers");
        out.printf(Locale.ROOT, "highest rate held (p99 <= %d ms, no errors): %s%n", result.p99BoundMs(),
                result.held() == null ? "none" : String.format(Locale.ROOT, "%.1f/s (%s)", result.held().throughput(),
                        result.held().label()));
        out.println("search stopped: " + result.stopReason());
    }

    /** Every scenario of the run beside the ceiling, as a Markdown table (also saved as summary.md). */
    public String summary() {
        List<ScenarioResult> results = all();
        ScenarioResult ceiling = results.stream().filter(r -> r.name().equals("ceiling")).findFirst().orElse(null);
        StringBuilder table = new StringBuilder();
        table.append("| scenario | measured: done/s | p50 / p95 / p99 / max ms | errors | highest rate held (p99 bound) |")
                .append(" held / ceiling held |\n|---|---|---|---|---|---|\n");
        for (ScenarioResult r : results) {
            PhaseStats m = r.measured();
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f / %.0f / %.0f / %.0f | %d | %s (%d ms) | %s |%n",
                    r.title(), m.throughput(), m.p50(), m.p95(), m.p99(), m.max(), m.failed(),
                    r.held() == null ? "none" : String.format(Locale.ROOT, "%.1f/s", r.heldRate()), r.p99BoundMs(),
                    r.held() == null ? "n/a" : ratio(r.heldRate(), ceiling == null ? 0 : ceiling.heldRate())));
        }
        String text = table.toString();
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("summary.md"), text);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the summary to " + directory, e);
        }
        return text;
    }

    private static String ratio(double value, double ceiling) {
        return ceiling <= 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * value / ceiling);
    }
}
