package dev.microserves.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** One service as {@code services.properties} describes it; {@code database} is null for a service without one. */
record ServiceDefinition(String name, String module, String server, int port, String database) {

    String envPrefix() {
        return name.toUpperCase(Locale.ROOT);
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** The same service listening elsewhere (a further instance). */
    ServiceDefinition onPort(int otherPort) {
        return new ServiceDefinition(name, module, server, otherPort, database);
    }

    /** The services, in start order; {@code <NAME>_PORT} in the environment overrides a port. */
    static List<ServiceDefinition> load(Properties properties, Map<String, String> env) {
        List<ServiceDefinition> services = new ArrayList<>();
        for (String name : properties.getProperty("services", "").split(",")) {
            name = name.trim();
            if (name.isEmpty()) {
                continue;
            }
            String portOverride = env.get(name.toUpperCase(Locale.ROOT) + "_PORT");
            services.add(new ServiceDefinition(name,
                    required(properties, name + ".module"),
                    required(properties, name + ".server"),
                    Integer.parseInt(portOverride != null ? portOverride : required(properties, name + ".port")),
                    optional(properties, name + ".database")));
        }
        return services;
    }

    private static String optional(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("services.properties lacks " + key);
        }
        return value.trim();
    }
}
