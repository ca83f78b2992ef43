package dev.microserves.benchmark.resources;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time to ready: starts the system with the run command's launcher (on a built tree), either one
 * service alone or all of them together, and times each server from its JVM's start (and from the
 * launcher's) until {@code /health/ready} answers 200, with the CPU time it took.
 */
final class StartupTimes {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** HTTP/1.1, as Gatling and {@link dev.microserves.benchmark.fixture.Api} (which says why). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * One server's start: from its JVM's start and from the launcher's start until ready, in ms, and
     * the CPU time its JVM spent until then (which, unlike the wall clock, other work on the machine
     * hardly changes: on two cores a start cannot take less than half of it).
     */
    record Timing(String service, long fromJvmStartMillis, long fromLaunchMillis, double cpuMillis) {
    }

    private final Path repository;
    private final Path work;
    private final List<Service> services;

    StartupTimes(Path repository, Path work, List<Service> services) {
        this.repository = repository;
        this.work = work;
        this.services = services;
    }

    /** Starts each service alone (with the database), then stops it. */
    List<Timing> alone() throws Exception {
        List<Timing> timings = new ArrayList<>();
        for (Service service : services) {
            Process launcher = launch(List.of(service), "alone-" + service.name());
            try {
                timings.addAll(awaitReady(launcher, List.of(service)));
            } finally {
                stop(launcher);
            }
        }
        return timings;
    }

    /** Starts the whole system as the run command does; the caller stops it with {@link #stop}. */
    Process together(List<Timing> timings) throws Exception {
        Process launcher = launch(services, "together");
        try {
            timings.addAll(awaitReady(launcher, services));
            return launcher;
        } catch (Exception e) {
            stop(launcher);
            throw e;
        }
    }

    private Process launch(List<Service> started, String label) throws IOException {
        for (Service service : services) {
            if (ProcFs.listener(service.port()).isPresent()) {
                throw new IllegalStateException("port " + service.port() + " is in use: stop the running system first");
            }
        }
        Path launcherJar = repository.resolve("launcher/target/microserves-launcher.jar");
        if (!Files.exists(launcherJar)) {
            throw new IllegalStateException(launcherJar + " is missing: build the system first (./run.sh once, "
                    + "or mvn -DskipTests package)");
        }
        // The launcher reads services.properties from its class path: a copy listing only the
        // services to start (and no demo data), ahead of the launcher's own.
        Path config = work.resolve("launcher-" + label);
        Files.createDirectories(config);
        String definitions = Files.readString(Service.definitions(repository))
                .replaceAll("(?m)^services=.*$", "services=" + String.join(",", started.stream().map(Service::name).toList()));
        if (started.size() < services.size()) {
            definitions = definitions.replaceAll("(?m)^demo\\.files=.*$", "demo.files=");
        }
        Files.writeString(config.resolve("services.properties"), definitions);
        String classPath = String.join(java.io.File.pathSeparator, config.toString(), launcherJar.toString(),
                repository.resolve("launcher/target/lib/*").toString());
        Path log = work.resolve("launcher-" + label + ".log");
        System.out.println("  starting " + label + " (launcher output in " + log + ")");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmicroserves.repository=" + repository, "-cp", classPath, "dev.microserves.launcher.Launcher")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<Timing> awaitReady(Process launcher, List<Service> started) throws InterruptedException {
        Instant launched = Instant.now();
        Instant deadline = launched.plus(READY_TIMEOUT);
        Map<Service, Timing> ready = new LinkedHashMap<>();
        while (ready.size() < started.size()) {
            if (Instant.now().isAfter(deadline) || !launcher.isAlive()) {
                throw new IllegalStateException("not every service became ready (launcher "
                        + (launcher.isAlive() ? "still running" : "exited") + "); see its log");
            }
            for (Service service : started) {
                if (!ready.containsKey(service) && isReady(service)) {
                    Instant now = Instant.now();
                    long pid = ProcFs.listener(service.port()).orElseThrow();
                    ready.put(service, new Timing(service.name(),
                            Duration.between(ProcFs.startedAt(pid), now).toMillis(), Duration.between(launched, now).toMillis(),
                            ProcFs.cpuMillis(pid)));
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return new ArrayList<>(ready.values());
    }

    private static boolean isReady(Service service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM to the launcher, which stops its servers and the database; forcibly after three minutes. */
    static void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(3, TimeUnit.MINUTES)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
