package dev.microserves.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Restarts a server whose process exits while it should be running, as an orchestrator would:
 * after a back-off that doubles with each quick crash (1 s up to 30 s) and starts over once a
 * server has stayed up for a minute, with a log line for every exit and every restart. A server
 * stopped on purpose (Ctrl-C, a test that stops a peer) is left alone.
 */
final class Supervisor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Supervisor.class.getName());
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);
    private static final Duration STABLE = Duration.ofMinutes(1);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final ScheduledExecutorService restarts = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "microserves-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<LibertyServer, Duration> delays = new ConcurrentHashMap<>();
    private final Map<LibertyServer, Instant> startedAt = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Watches {@code server}; each restart gets the environment {@code environment} gives then. */
    void watch(LibertyServer server, Supplier<Map<String, String>> environment) {
        startedAt.put(server, Instant.now());
        server.onUnexpectedExit(code -> {
            if (closed) {
                return;
            }
            Duration delay = nextDelay(server);
            LOG.warning(server.service().name() + " server exited unexpectedly (code " + code + "); restarting in "
                    + delay.toSeconds() + " s (see " + server.logFile() + ")");
            restarts.schedule(() -> restart(server, environment), delay.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private Duration nextDelay(LibertyServer server) {
        Instant started = startedAt.getOrDefault(server, Instant.EPOCH);
        if (Duration.between(started, Instant.now()).compareTo(STABLE) >= 0) {
            delays.remove(server);
        }
        Duration delay = delays.getOrDefault(server, FIRST_DELAY);
        Duration next = delay.multipliedBy(2);
        delays.put(server, next.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : next);
        return delay;
    }

    private void restart(LibertyServer server, Supplier<Map<String, String>> environment) {
        if (closed) {
            return;
        }
        try {
            startedAt.put(server, Instant.now());
            server.start(environment.get());
            server.awaitReady(READY_TIMEOUT);
            LOG.info(server.service().name() + " server is ready again on " + server.service().url());
        } catch (Exception e) {
            // A server that dies again during its start is reported (and rescheduled) by its exit.
            LOG.warning(server.service().name() + " server did not come back: " + e.getMessage());
        }
    }

    /** Stops supervising: what exits from now on stays down. */
    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
    }
}
