package dev.microserves.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The PostgreSQL the services use: an external server when {@code DB_HOST} is set, otherwise an
 * embedded one (real PostgreSQL binaries from Maven) whose data directory survives restarts.
 * Creates each service's database if it is missing.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    static final int DEFAULT_PORT = 15432;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static Database start(Map<String, String> env, Path dataDirectory, Path logDirectory) throws IOException {
        String host = env.get("DB_HOST");
        boolean external = host != null && !host.isBlank();
        int port = Integer.parseInt(env.getOrDefault("DB_PORT", external ? "5432" : Integer.toString(DEFAULT_PORT)));
        String user = env.getOrDefault("DB_USER", "postgres");
        String password = env.getOrDefault("DB_PASSWORD", "postgres");
        if (external) {
            LOG.info("Using the external PostgreSQL at " + host + ":" + port);
            return new Database(host, port, user, password, null);
        }
        Files.createDirectories(dataDirectory);
        stopLeftoverPostmaster(dataDirectory);
        Path log = logDirectory.resolve("postgres.log");
        Files.createDirectories(logDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .start();
        // The embedded server trusts local connections; the services still send a password.
        return new Database("localhost", port, "postgres", "postgres", postgres);
    }

    /** A postmaster left running by a launcher that was killed: stop it so ours can start. */
    private static void stopLeftoverPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> leftover = firstLine.matches("\\d+")
                ? ProcessHandle.of(Long.parseLong(firstLine)) : Optional.empty();
        if (leftover.isPresent() && leftover.get().isAlive()) {
            LOG.warning("Stopping a PostgreSQL left running by an earlier launcher (pid " + firstLine + ")");
            leftover.get().destroy();
            leftover.get().onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        Files.deleteIfExists(pidFile);
    }

    void ensureDatabases(Collection<String> names) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            for (String name : names) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet r = exists.executeQuery()) {
                        if (r.next()) {
                            continue;
                        }
                    }
                }
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalStateException("Not a plain database name: " + name);
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database \"" + name + "\"");
                    LOG.info("Created database " + name);
                }
            }
        }
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
