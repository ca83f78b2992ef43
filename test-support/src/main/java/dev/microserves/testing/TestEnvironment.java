package dev.microserves.testing;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once per test JVM, before JUnit (and so Arquillian) starts anything: starts a real
 * PostgreSQL from embedded binaries, creates the service's database (unless the service has none:
 * no {@code microserves.it.db-name}), serves a JWK Set for the test
 * signing key, and writes a {@code configDropins/overrides} file that points the Liberty server at
 * all of that (and adds the local connector Arquillian needs). Closes everything when the session ends.
 * With {@code microserves.it.kafka=true} it also starts a real Kafka broker ({@link TestKafka}) and
 * gives the server its address as {@code microserves.kafka.bootstrap-servers}.
 *
 * <p>Only active when failsafe names a server ({@code microserves.it.server-dir}); plain unit
 * tests pay nothing.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestEnvironment.class.getName());
    private static final String DROPIN = "microserves-it.xml";

    private static EmbeddedPostgres postgres;
    private static HttpServer jwksServer;
    private static Path dropin;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String serverDir = System.getProperty("microserves.it.server-dir");
        if (serverDir == null || dropin != null) {
            return;
        }
        try {
            if (hasDatabase()) {
                postgres = EmbeddedPostgres.builder().start();
                createDatabase(databaseName());
            }
            String jwksUri = System.getProperty("microserves.it.jwks-uri");
            if (jwksUri == null) {
                jwksServer = serveJwks();
                jwksUri = "http://localhost:" + jwksServer.getAddress().getPort() + "/jwks";
            }
            copyBuiltServer(Path.of(serverDir));
            // The server's own application stays out: Arquillian deploys the same WAR itself.
            Files.deleteIfExists(Path.of(serverDir, "configDropins", "defaults", "application.xml"));
            dropin = Path.of(serverDir, "configDropins", "overrides", DROPIN);
            Files.createDirectories(dropin.getParent());
            Files.writeString(dropin, serverOverrides(jwksUri), StandardCharsets.UTF_8);
            LOG.info((postgres == null ? "No test database" : "Test PostgreSQL on port " + postgres.getPort()
                    + ", database " + databaseName()) + "; Liberty overrides in " + dropin);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not prepare the integration-test environment", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (dropin != null) {
                Files.deleteIfExists(dropin);
            }
            if (jwksServer != null) {
                jwksServer.stop(0);
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
            jwksServer = null;
            dropin = null;
        }
    }

    /** The service under test, e.g. {@code http://localhost:19081}. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("microserves.it.http-port"));
    }

    public static String databaseName() {
        return System.getProperty("microserves.it.db-name");
    }

    /** Whether the service under test has a database (the storefront has none). */
    private static boolean hasDatabase() {
        return databaseName() != null && !databaseName().isBlank();
    }

    /** A JDBC connection to the service's own database, for asserting what was (not) written. */
    public static Connection connection() throws SQLException {
        if (postgres == null) {
            throw new IllegalStateException("The test PostgreSQL is not running");
        }
        return postgres.getDatabase("postgres", databaseName()).getConnection();
    }

    /**
     * The IT server is a fresh copy of the one the Liberty plugin built, under its own name, so that
     * tests never share a server (or its name) with a running {@code ./run.sh}.
     */
    private static void copyBuiltServer(Path serverDir) throws IOException {
        String built = System.getProperty("microserves.it.built-server-dir");
        if (built == null || Path.of(built).equals(serverDir)) {
            return;
        }
        Path from = Path.of(built);
        if (Files.exists(serverDir)) {
            try (Stream<Path> old = Files.walk(serverDir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                String relative = from.relativize(source).toString();
                if (relative.startsWith("workarea") || relative.startsWith("logs")) {
                    continue;
                }
                Path target = serverDir.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Arquillian deploys the application once per test class, and Liberty keeps part of every
        // earlier deployment until the JVM ends: the order server's seventh deployment ran out of
        // its 256 MB heap ("GC overhead limit exceeded"). A server of the run command deploys once.
        Files.writeString(serverDir.resolve("jvm.options"), System.lineSeparator() + "-Xmx512m" + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void createDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
    }

    private static HttpServer serveJwks() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String serverOverrides(String jwksUri) {
        Map<String, String> variables = new LinkedHashMap<>(Map.of(
                "http.port", System.getProperty("microserves.it.http-port"),
                "jwt.jwks.uri", jwksUri,
                "microserves.jwt.private-key", TestTokens.privateKeyBase64(),
                "microserves.jwt.key-id", TestTokens.KEY_ID,
                // Tests run with the development default secrets, as the run command does.
                "microserves.dev-mode", "true"));
        if (Boolean.getBoolean("microserves.it.kafka")) {
            // The MicroProfile Config key the run command sets too (as MICROSERVES_KAFKA_BOOTSTRAP_SERVERS).
            variables.put("microserves.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        }
        if (postgres != null) {
            variables.put("db.port", Integer.toString(postgres.getPort()));
            variables.put("db.name", databaseName());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n")
                .append("  <featureManager><feature>localConnector-1.0</feature></featureManager>\n");
        variables.forEach((name, value) ->
                xml.append("  <variable name=\"").append(name).append("\" value=\"").append(value).append("\"/>\n"));
        System.getProperties().stringPropertyNames().stream()
                .filter(p -> p.startsWith("microserves.it.var."))
                .forEach(p -> xml.append("  <variable name=\"").append(p.substring("microserves.it.var.".length()))
                        .append("\" value=\"").append(System.getProperty(p)).append("\"/>\n"));
        return xml.append("</server>\n").toString();
    }
}
