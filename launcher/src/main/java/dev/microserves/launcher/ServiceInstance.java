package dev.microserves.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A further instance of a service that {@link Launcher#startInstance} started. */
public final class ServiceInstance {

    /** Waits for readiness, or fails. */
    @FunctionalInterface
    interface Readiness {
        void await(Duration timeout) throws InterruptedException;
    }

    private final String url;
    private final Path logFile;
    private final BooleanSupplier running;
    private final Readiness readiness;
    private final Runnable stop;

    ServiceInstance(String url, Path logFile, BooleanSupplier running, Readiness readiness, Runnable stop) {
        this.url = url;
        this.logFile = logFile;
        this.running = running;
        this.readiness = readiness;
        this.stop = stop;
    }

    public String url() {
        return url;
    }

    /** Its console log: what the server printed, for a test to read. */
    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return running.getAsBoolean();
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        readiness.await(timeout);
    }

    public void stop() {
        stop.run();
    }
}
