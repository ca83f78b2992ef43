package dev.microserves.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * One service's Liberty server, run from the runtime its module built ({@code target/liberty/wlp})
 * but with its own user directory under the launcher's home, so that running the system never
 * touches what the integration tests use: the server's configuration is copied there fresh on
 * every start (the logs stay), with the service's WAR in {@code apps/}.
 */
final class LibertyServer {

    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "apps", "dropins", "overrides");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceDefinition service;
    private final String serverName;
    private final Path wlp;
    private final Path userDir;
    private final Path logFile;
    private volatile Process process;
    /** Whether this server should be running: set by start, cleared by stop; a crash leaves it set. */
    private volatile boolean wanted;
    private volatile IntConsumer onUnexpectedExit = code -> { };

    LibertyServer(ServiceDefinition service, Path repository, Path home) {
        this(service, service.server(), service.name(), repository, home);
    }

    /**
     * A server of {@code service} running under {@code serverName} (a second instance of a service
     * needs a server directory, and so a name, of its own), logging to {@code logs/<logName>.log}.
     */
    LibertyServer(ServiceDefinition service, String serverName, String logName, Path repository, Path home) {
        this.service = service;
        this.serverName = serverName;
        this.wlp = repository.resolve(service.module()).resolve("target/liberty/wlp");
        this.userDir = home.resolve("liberty");
        this.logFile = home.resolve("logs").resolve(logName + ".log");
    }

    ServiceDefinition service() {
        return service;
    }

    Path logFile() {
        return logFile;
    }

    /** Copies the built server (configuration, Hibernate and JDBC libraries) and its WAR into place. */
    void prepare() throws IOException {
        Path module = wlp.getParent().getParent().getParent();
        Path builtServer = wlp.resolve("usr/servers").resolve(service.server());
        Path assembledConfig = module.resolve("target/liberty-server-config");
        Path war = module.resolve("target").resolve(service.module() + ".war");
        for (Path required : List.of(builtServer, assembledConfig, war)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: build first (./run.sh does)");
            }
        }
        Path serverDir = userDir.resolve("servers").resolve(serverName);
        deleteRecursively(serverDir.resolve("configDropins"));
        copyTree(builtServer, serverDir);
        // The assembled config again: integration tests may have edited the built server's copy.
        copyTree(assembledConfig, serverDir);
        Files.createDirectories(serverDir.resolve("apps"));
        Files.copy(war, serverDir.resolve("apps").resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(logFile.getParent());
    }

    void start(Map<String, String> environment) throws IOException {
        stopLeftover(environment);
        ProcessBuilder builder = new ProcessBuilder(serverScript().toString(), "run", serverName)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("WLP_USER_DIR", userDir.toString());
        Process started = builder.start();
        process = started;
        wanted = true;
        started.onExit().thenAccept(exited -> {
            if (wanted && process == started) {
                onUnexpectedExit.accept(exited.exitValue());
            }
        });
    }

    /** Called with the exit code when the server's process ends although nobody stopped it. */
    void onUnexpectedExit(IntConsumer listener) {
        this.onUnexpectedExit = listener;
    }

    /** The server's JVM (the launch script's child, where the script does not exec it), for crash tests. */
    Optional<ProcessHandle> jvm() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return Optional.empty();
        }
        return p.descendants().filter(d -> d.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().or(() -> Optional.of(p.toHandle()));
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Waits until {@code /health/ready} answers 200; fails early if the server process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        awaitReady(timeout, false);
    }

    /**
     * Waits until {@code /health/ready} answers 200. A server that died while it should be running
     * fails the wait at once, unless {@code restarting}: then its supervisor is bringing it back.
     */
    void awaitReady(Duration timeout, boolean restarting) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.url() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            Process current = process;
            if (current != null && !current.isAlive() && !(restarting && wanted)) {
                throw new IllegalStateException(service.name() + " server exited (code " + current.exitValue()
                        + "); see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + timeout.toSeconds()
                + " s; see " + logFile);
    }

    /** Stops the server gracefully, then makes sure neither it nor anything it started is left. */
    void stop(Map<String, String> environment) {
        wanted = false;
        if (process == null) {
            return;
        }
        try {
            runServerCommand("stop", environment, 60);
        } catch (IOException | InterruptedException e) {
            // fall through to killing the process
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A server left running by a launcher that was killed would hold the port: stop it first. */
    private void stopLeftover(Map<String, String> environment) throws IOException {
        try {
            runServerCommand("stop", environment, 60);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runServerCommand(String command, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(serverScript().toString(), command, serverName)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("WLP_USER_DIR", userDir.toString());
        Process stop = builder.start();
        if (!stop.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            stop.destroyForcibly();
        }
    }

    private Path serverScript() {
        return wlp.resolve("bin/server");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && NOT_COPIED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
