package dev.microserves.benchmark.resources;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** One service as the launcher defines it ({@code launcher/src/main/resources/services.properties}). */
record Service(String name, int port, String database) {

    String url() {
        return "http://localhost:" + port;
    }

    /** The services of the repository, with the ports the environment gives them ({@code ORDER_PORT}, ...). */
    static List<Service> of(Path repository) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(definitions(repository))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + definitions(repository), e);
        }
        return Arrays.stream(properties.getProperty("services").split(",")).map(String::trim).map(name -> {
            String port = System.getenv().getOrDefault(name.toUpperCase(Locale.ROOT) + "_PORT",
                    properties.getProperty(name + ".port"));
            return new Service(name, Integer.parseInt(port), properties.getProperty(name + ".database"));
        }).toList();
    }

    static Path definitions(Path repository) {
        return repository.resolve("launcher/src/main/resources/services.properties");
    }
}
