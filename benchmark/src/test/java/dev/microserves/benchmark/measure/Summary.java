package dev.microserves.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Printed after the run's simulations: every scenario beside the ceiling, and where each HTML
 * report is. Arguments: the benchmark's work directory, the run id, Gatling's results folder.
 */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Results results = new Results(Path.of(args[0]), args[1]);
        Path gatling = Path.of(args[2]);
        System.out.println();
        System.out.println("==== Microserves benchmark, run " + args[1] + " ====");
        System.out.print(results.summary());
        System.out.println();
        boolean failed = false;
        for (ScenarioResult result : results.all()) {
            failed |= result.failed();
            System.out.printf(Locale.ROOT, "%-10s %s%n", result.name(), report(gatling, result)
                    .map(p -> "HTML report: " + p.toAbsolutePath()).orElse("(no HTML report found)"));
        }
        System.out.println("Summary: " + results.directory().resolve("summary.md").toAbsolutePath());
        if (failed) {
            System.out.println("FAILED RUN: a scenario had errors or unexpected answers (see above)");
            System.exit(1);
        }
    }

    /** Gatling names a report folder after the simulation, lower case, then a timestamp: the newest. */
    private static Optional<Path> report(Path gatling, ScenarioResult result) throws IOException {
        if (!Files.isDirectory(gatling)) {
            return Optional.empty();
        }
        String prefix = result.simulation().toLowerCase(Locale.ROOT) + "-";
        try (Stream<Path> runs = Files.list(gatling)) {
            return runs.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> p.resolve("index.html"));
        }
    }
}
