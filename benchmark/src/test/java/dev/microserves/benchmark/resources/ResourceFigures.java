package dev.microserves.benchmark.resources;

import dev.microserves.benchmark.Settings;
import dev.microserves.benchmark.fixture.BenchmarkData;
import dev.microserves.benchmark.fixture.DataSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The resource figures beside the benchmark: each server's time to ready (alone, and all of them
 * together), resident memory idle and under the order load, CPU milliseconds per placed order by
 * process (from {@code /proc/<pid>/stat}), and commits per placed order by database (from
 * {@code pg_stat_database}). Linux only; reads the processes listening on the services' ports, on
 * {@code KAFKA_PORT} (the run command's broker) and on {@code DB_PORT}.
 *
 * <p>{@code -Dresources.mode=}: {@code load} (default) measures a running system (the run
 * command's); {@code startup} starts the system itself, each server alone and then all
 * together, and stops it again (nothing may be running on the ports); {@code all} does both,
 * measuring the load on the system it started. {@code -Dresources.rate} (orders/s, default 10),
 * {@code -Dresources.seconds} (the load window, default 30), {@code -Dquick=true} shortens it.
 */
public final class ResourceFigures {

    private final Settings settings = Settings.INSTANCE;
    private final Path repository = Path.of(System.getProperty("microserves.repository", "..")).toAbsolutePath().normalize();
    private final Path work = Settings.workDirectory().toAbsolutePath();
    private final List<Service> services = Service.of(repository);
    private final int dbPort = Integer.getInteger("db.port", Integer.parseInt(System.getenv().getOrDefault("DB_PORT", "15432")));
    private final int kafkaPort = Integer.getInteger("kafka.port", Integer.parseInt(System.getenv().getOrDefault("KAFKA_PORT", "9092")));
    private final double rate = Double.parseDouble(System.getProperty("resources.rate", "10"));
    private final int seconds = Integer.getInteger("resources.seconds", settings.quick ? 10 : 30);
    private final int idleSeconds = Integer.getInteger("resources.idleSeconds", settings.quick ? 5 : 10);
    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new ResourceFigures().run(System.getProperty("resources.mode", "load"));
    }

    private void run(String mode) throws Exception {
        Files.createDirectories(work);
        line("# Resource figures, " + Instant.now() + " (" + machine() + ")");
        line("");
        switch (mode) {
            case "load" -> load();
            case "startup" -> {
                StartupTimes startup = new StartupTimes(repository, work, services);
                List<StartupTimes.Timing> together = new ArrayList<>();
                List<StartupTimes.Timing> alone = startup.alone();
                StartupTimes.stop(startup.together(together));
                printStartup(alone, together);
            }
            case "all" -> {
                StartupTimes startup = new StartupTimes(repository, work, services);
                List<StartupTimes.Timing> alone = startup.alone();
                List<StartupTimes.Timing> together = new ArrayList<>();
                Process system = startup.together(together);
                try {
                    printStartup(alone, together);
                    load();
                } finally {
                    StartupTimes.stop(system);
                }
            }
            default -> throw new IllegalArgumentException("resources.mode is load, startup or all, not " + mode);
        }
        Path file = work.resolve("resources-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.writeString(file, report);
        System.out.println("Resource figures written to " + file);
    }

    private void printStartup(List<StartupTimes.Timing> alone, List<StartupTimes.Timing> together) {
        line("## Time to ready (`/health/ready` answers 200)");
        line("");
        line("| server | alone: from its JVM's start | alone: CPU until ready | all together: from its JVM's start | all together: from the launcher's start |");
        line("|---|---|---|---|---|");
        for (Service service : services) {
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", service.name(),
                    seconds(find(alone, service).map(StartupTimes.Timing::fromJvmStartMillis)),
                    seconds(find(alone, service).map(t -> Math.round(t.cpuMillis()))),
                    seconds(find(together, service).map(StartupTimes.Timing::fromJvmStartMillis)),
                    seconds(find(together, service).map(StartupTimes.Timing::fromLaunchMillis))));
        }
        line("");
    }

    private void load() throws Exception {
        Map<String, Long> processes = new LinkedHashMap<>();
        for (Service service : services) {
            processes.put(service.name(), ProcFs.listener(service.port()).orElseThrow(() -> new IllegalStateException(
                    service.name() + " is not listening on " + service.port() + ": start the system first (./run.sh)")));
        }
        // The broker the run command starts is part of the system's cost (an external one is not found here).
        ProcFs.listener(kafkaPort).ifPresent(pid -> processes.put("kafka", pid));
        Optional<Long> postgres = ProcFs.listener(dbPort);
        Commits commits = new Commits(System.getProperty("db.host", "localhost"), dbPort,
                System.getProperty("db.user", "postgres"), System.getProperty("db.password", "postgres"),
                services.stream().map(Service::database).filter(db -> db != null && !db.isBlank()).toList()); // edge has none
        processes.forEach((name, pid) -> System.out.println("  " + name + ": " + ProcFs.describe(pid)));
        postgres.ifPresent(pid -> System.out.println("  postgres: " + ProcFs.describe(pid) + " and its backends"));

        BenchmarkData data = new DataSetup(settings).loadOrCreate();
        OrderLoad load = new OrderLoad(settings.orderUrl, data);

        Map<String, Double> idle = memory(processes, postgres);
        Map<String, Long> idleStart = commits.read();
        TimeUnit.SECONDS.sleep(idleSeconds);
        Map<String, Long> idleEnd = commits.read();

        // The warm-up climbs to the rate: a system just started (mode all) and met with the full
        // open load at once queued requests past their timeout here and never caught up.
        System.out.printf(Locale.ROOT, "  warm-up: %.1f, %.1f then %.1f orders/s, %d s in all (not counted)%n",
                rate / 4, rate / 2, rate, seconds);
        for (double share : new double[] {0.25, 0.5, 1}) {
            Map<Integer, Integer> warm = load.run(rate * share, Math.max(1, seconds / 3));
            System.out.println("  warm-up answers by status: " + warm
                    + (warm.containsKey(-1) ? " (no answer: " + load.firstFailure() + ")" : ""));
        }

        Map<String, Double> cpuStart = cpu(processes, postgres);
        Map<String, Long> commitsStart = commits.read();
        Map<String, Double> peak = new LinkedHashMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                memory(processes, postgres).forEach((name, mib) -> peak.merge(name, mib, Math::max));
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        System.out.printf(Locale.ROOT, "  load window: %.0f orders/s for %d s%n", rate, seconds);
        Map<Integer, Integer> answers = load.run(rate, seconds);
        sampler.interrupt();
        sampler.join();
        Map<String, Double> cpuEnd = cpu(processes, postgres);
        TimeUnit.SECONDS.sleep(2); // PostgreSQL publishes a backend's counts within about a second
        Map<String, Long> commitsEnd = commits.read();
        int placed = answers.getOrDefault(201, 0);

        TimeUnit.SECONDS.sleep(idleSeconds);
        Map<String, Double> idleAfter = memory(processes, postgres);

        line(String.format(Locale.ROOT, "## Under an order load of %.0f orders/s for %d s (after as long a warm-up)", rate, seconds));
        line("");
        line("Answers by status: " + answers + (answers.keySet().stream().anyMatch(s -> s != 201)
                ? " (NOT all 201: figures per order are unreliable; -1 is no answer, the first: "
                + load.firstFailure() + ")" : "") + "; orders placed: " + placed);
        line("");
        line("| process | CPU ms per placed order | resident MiB idle before | under load (peak) | idle after |");
        line("|---|---|---|---|---|");
        double cpuTotal = 0;
        for (String name : cpuStart.keySet()) {
            double perOrder = placed == 0 ? 0 : (cpuEnd.get(name) - cpuStart.get(name)) / placed;
            if (!name.equals("load tool")) {
                cpuTotal += perOrder;
            }
            line(String.format(Locale.ROOT, "| %s | %.1f | %s | %s | %s |", name, perOrder,
                    mib(idle.get(name)), mib(peak.get(name)), mib(idleAfter.get(name))));
        }
        line(String.format(Locale.ROOT, "| **system (servers, Kafka, PostgreSQL)** | **%.1f** | **%s** | **%s** | **%s** |", cpuTotal,
                mib(systemTotal(idle)), mib(systemTotal(peak)), mib(systemTotal(idleAfter))));
        line("");
        line("Resident memory: VmRSS of each Liberty JVM and of the Kafka broker; PostgreSQL as the sum of its processes' PSS (shared buffers "
                + "counted once). The load tool is this JVM (Maven's), not part of the system's figures.");
        line("");
        line("| database | commits per placed order | idle commits per second (background jobs) |");
        line("|---|---|---|");
        double commitTotal = 0;
        for (String db : commitsStart.keySet()) {
            double perOrder = placed == 0 ? 0 : (commitsEnd.get(db) - commitsStart.get(db)) / (double) placed;
            commitTotal += perOrder;
            line(String.format(Locale.ROOT, "| %s | %.1f | %.1f |", db, perOrder,
                    (idleEnd.get(db) - idleStart.get(db)) / (double) idleSeconds));
        }
        line(String.format(Locale.ROOT, "| **all** | **%.1f** | |", commitTotal));
        line("");
    }

    private Map<String, Double> cpu(Map<String, Long> processes, Optional<Long> postgres) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processes.forEach((name, pid) -> cpu.put(name, ProcFs.cpuMillis(pid)));
        postgres.ifPresent(pid -> cpu.put("postgres", ProcFs.treeCpuMillis(pid)));
        cpu.put("load tool", ProcFs.cpuMillis(ProcessHandle.current().pid()));
        return cpu;
    }

    private static Map<String, Double> memory(Map<String, Long> processes, Optional<Long> postgres) {
        Map<String, Double> memory = new LinkedHashMap<>();
        processes.forEach((name, pid) -> memory.put(name, ProcFs.rssMib(pid)));
        postgres.ifPresent(pid -> memory.put("postgres",
                ProcFs.withDescendants(pid).stream().mapToDouble(ProcFs::pssMib).sum()));
        memory.put("load tool", ProcFs.rssMib(ProcessHandle.current().pid()));
        return memory;
    }

    private static double systemTotal(Map<String, Double> memory) {
        return memory.entrySet().stream().filter(e -> !e.getKey().equals("load tool")).mapToDouble(Map.Entry::getValue).sum();
    }

    private static Optional<StartupTimes.Timing> find(List<StartupTimes.Timing> timings, Service service) {
        return timings.stream().filter(t -> t.service().equals(service.name())).findFirst();
    }

    private static String seconds(Optional<Long> millis) {
        return millis.map(ms -> String.format(Locale.ROOT, "%.1f s", ms / 1000.0)).orElse("n/a");
    }

    private static String mib(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse(cpu);
        } catch (IOException unreadable) {
            // keep the placeholder
        }
        return String.format(Locale.ROOT, "%d cores, %s, %.0f GiB, load average %s", Runtime.getRuntime().availableProcessors(),
                cpu, totalMemoryGib(), loadAverage());
    }

    private static double totalMemoryGib() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1048576.0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException unreadable) {
            return "?";
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
