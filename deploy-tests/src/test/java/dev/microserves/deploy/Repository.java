package dev.microserves.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository under test and its Liberty servers, as their modules declare them. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("microserves.repository", "..")).toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");

    private static final Pattern SERVER_NAME = Pattern.compile("<liberty\\.server\\.name>([^<]+)</liberty\\.server\\.name>");

    /** A Liberty server: its module, its name, its HTTP port and database (server.xml defaults). */
    record Server(String name, String module, int port, Optional<String> database) {

        Path moduleDir() {
            return ROOT.resolve(module);
        }

        Path sourceConfig() {
            return moduleDir().resolve("src/main/liberty/config");
        }

        /** The server as the build assembles it (mvn package); absent before a build. */
        Path builtServer() {
            return moduleDir().resolve("target/liberty/wlp/usr/servers").resolve(name);
        }

        boolean built() {
            return Files.isRegularFile(builtServer().resolve("server.xml"));
        }

        Path war() {
            return moduleDir().resolve("target").resolve(module + ".war");
        }
    }

    private Repository() {
    }

    /** Every module with a Liberty server (src/main/liberty/config/server.xml), in module order. */
    static List<Server> servers() {
        List<Server> servers = new ArrayList<>();
        for (String module : modules()) {
            Path serverXml = ROOT.resolve(module).resolve("src/main/liberty/config/server.xml");
            if (!Files.isRegularFile(serverXml)) {
                continue;
            }
            Matcher name = SERVER_NAME.matcher(read(ROOT.resolve(module).resolve("pom.xml")));
            if (!name.find()) {
                throw new IllegalStateException(module + "/pom.xml names no liberty.server.name");
            }
            LibertyConfig config = LibertyConfig.of(serverXml);
            servers.add(new Server(name.group(1).trim(), module, Integer.parseInt(config.variable("http.port").orElseThrow()),
                    config.variable("db.name")));
        }
        return servers;
    }

    static List<String> modules() {
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1).trim());
        }
        return modules;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Says so where the build output can see it: a check that did not run must never look like a pass. */
    static void loudly(String message) {
        String bar = "#".repeat(100);
        System.out.println(bar + "\n### " + message.replace("\n", "\n### ") + "\n" + bar);
    }
}
