package dev.microserves.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Apache Kafka (KRaft: broker and controller in one process) run as a JVM of its own
 * from the broker jars this module's build resolved, with its data in one directory:
 * <pre>
 *   server.properties   written on every start (the ports may change)
 *   cluster.id          chosen once; the storage is formatted with it once
 *   storage/            log.dirs (topics, the metadata log); kept across restarts
 *   broker.pid          the running broker, so a start after a crash can stop a leftover one
 * </pre>
 * Small on purpose: a heap of 64..256 MB, two network and two I/O threads, one partition and one
 * replica for everything (internal topics included). The broker's output goes to its log file,
 * never to the console. {@link #start} returns once the broker answers an admin request.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalKafka.class.getName());
    private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The broker's JVM: a bounded heap (without one it sizes itself from the machine's memory),
     * the serial collector (the fewest GC threads; a broker this idle needs no more), the client
     * compiler only with a smaller code cache (measured: 151 MB resident when idle instead of
     * 187 MB; peak throughput is not what a development broker is for), and an exit rather than a
     * limp when the heap runs out.
     */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m",
            "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto",
            "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
            // log4j-core is on the broker's class path (it manages logger levels) without a configuration
            // of its own: SLF4J does the logging, so its "no configuration" complaint is noise.
            "-Dlog4j2.statusLoggerLevel=OFF");

    private final Path dataDirectory;
    private final Path logFile;
    private final int port;
    private final String clusterId;
    private final Process process;

    private final int controllerPort;

    private LocalKafka(Path dataDirectory, Path logFile, int port, int controllerPort, String clusterId,
                       Process process) {
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.port = port;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.process = process;
    }

    /** A broker on free ports with its data in {@code dataDirectory}, logging to {@code broker.log} there. */
    public static LocalKafka startOnFreePorts(Path dataDirectory) throws IOException, InterruptedException {
        return start(dataDirectory, 0, 0, dataDirectory.resolve("broker.log"));
    }

    /**
     * Starts a broker listening for clients on {@code port} and for its controller on
     * {@code controllerPort} (0: a free port), both on loopback, with its data in
     * {@code dataDirectory} (formatted on the first start only) and its output appended to
     * {@code logFile}; returns once it answers. A broker left running on the same data by a
     * process that was killed is stopped first.
     */
    public static LocalKafka start(Path dataDirectory, int port, int controllerPort, Path logFile)
            throws IOException, InterruptedException {
        Path data = dataDirectory.toAbsolutePath();
        Files.createDirectories(data);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        stopLeftoverBroker(data);
        int clientPort = port == 0 ? freePort() : requireFree(port, "client");
        int quorumPort = controllerPort == 0 ? freePort() : requireFree(controllerPort, "controller");
        Path properties = data.resolve("server.properties");
        Files.writeString(properties, serverProperties(data, clientPort, quorumPort), StandardCharsets.UTF_8);
        String clusterId = clusterId(data);
        formatOnce(data, properties, clusterId, logFile);

        long started = System.nanoTime();
        Process process = java(logFile, "kafka.Kafka", properties.toString()).start();
        Files.writeString(data.resolve("broker.pid"), Long.toString(process.pid()), StandardCharsets.UTF_8);
        LocalKafka kafka = new LocalKafka(data, logFile, clientPort, quorumPort, clusterId, process);
        try (KafkaCluster cluster = KafkaCluster.at(kafka.bootstrapServers())) {
            cluster.awaitReachable(READY_TIMEOUT, process::isAlive);
        } catch (IllegalStateException | InterruptedException e) {
            kafka.close();
            throw new IllegalStateException("The Kafka broker did not start (" + e.getMessage() + "); see " + logFile, e);
        }
        LOG.info("Kafka broker ready on " + kafka.bootstrapServers() + " after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms (pid " + process.pid()
                + ", data in " + data + ", log " + logFile + ")");
        return kafka;
    }

    /** {@code host:port} for clients ({@code bootstrap.servers}). */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The controller's port: a broker started again on the same data needs the same one. */
    public int controllerPort() {
        return controllerPort;
    }

    public String clusterId() {
        return clusterId;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The broker's process, for measuring it (its resident memory) or staging a crash. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops the broker: SIGTERM (a controlled shutdown), then a kill if it has not exited in 30 s. */
    @Override
    public void close() {
        stop(process.toHandle());
        try {
            Files.deleteIfExists(dataDirectory.resolve("broker.pid"));
        } catch (IOException e) {
            LOG.warning("Could not remove " + dataDirectory.resolve("broker.pid") + ": " + e.getMessage());
        }
    }

    private static void stop(ProcessHandle broker) {
        if (!broker.isAlive()) {
            return;
        }
        broker.destroy();
        try {
            broker.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.warning("The Kafka broker (pid " + broker.pid() + ") did not stop in " + STOP_TIMEOUT.toSeconds()
                    + " s; killing it");
            broker.destroyForcibly();
            broker.onExit().join();
        } catch (InterruptedException e) {
            broker.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * KRaft in one process: node 1 is broker and (the only) controller, listening on loopback.
     * Every replication factor is 1 and every internal topic has one partition: on one node more
     * would only cost memory and start-up time (the defaults are 50 partitions each for consumer
     * offsets and transactions).
     */
    private static String serverProperties(Path data, int port, int controllerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", data.resolve("storage").toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // A first consumer gets its partitions at once instead of after 3 s.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        // The compaction buffer (for consumer offsets) is 128 MB by default: half this heap.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        StringBuilder text = new StringBuilder("# Written by dev.microserves.kafka.LocalKafka on every start.\n");
        p.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** The cluster id this data directory was (or will be) formatted with, chosen on first use. */
    private static String clusterId(Path data) throws IOException {
        Path file = data.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /** Formats the storage ({@code kafka-storage format}) unless it already holds a formatted log directory. */
    private static void formatOnce(Path data, Path properties, String clusterId, Path logFile)
            throws IOException, InterruptedException {
        if (Files.exists(data.resolve("storage").resolve("meta.properties"))) {
            return;
        }
        Process format = java(logFile, "kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
                "--config", properties.toString(), "--ignore-formatted").start();
        if (!format.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            format.destroyForcibly();
            throw new IllegalStateException("Formatting the Kafka storage did not finish; see " + logFile);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed (exit code " + format.exitValue()
                    + "); see " + logFile);
        }
        LOG.info("Formatted the Kafka storage in " + data.resolve("storage") + " (cluster id " + clusterId + ")");
    }

    private static ProcessBuilder java(Path logFile, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, brokerClassPath()));
        command.add(mainClass);
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    /** The broker's jars, as this module's build resolved them (its runtime dependencies). */
    static List<String> brokerClassPath() {
        try (InputStream in = LocalKafka.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("broker.classpath is missing from kafka-local: build it with Maven");
            }
            List<String> jars = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()
                    .split(File.pathSeparator)).filter(jar -> !jar.isBlank()).toList();
            for (String jar : jars) {
                if (!Files.isRegularFile(Path.of(jar))) {
                    throw new IllegalStateException("The Kafka broker jar " + jar
                            + " is missing (the local Maven repository changed?): build kafka-local again");
                }
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker left running on this data by a process that was killed would hold its ports and storage. */
    private static void stopLeftoverBroker(Path data) throws IOException {
        Path pidFile = data.resolve("broker.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
        Optional<ProcessHandle> leftover = pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        if (leftover.isPresent() && leftover.get().isAlive()
                && leftover.get().info().commandLine().map(c -> c.contains("kafka.Kafka")).orElse(false)) {
            LOG.warning("Stopping a Kafka broker left running by an earlier start (pid " + pid + ")");
            stop(leftover.get());
        }
        Files.deleteIfExists(pidFile);
    }

    private static int requireFree(int port, String listener) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(HOST, port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (the Kafka " + listener + " listener) is already in use");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(HOST, 0));
            return probe.getLocalPort();
        }
    }
}
