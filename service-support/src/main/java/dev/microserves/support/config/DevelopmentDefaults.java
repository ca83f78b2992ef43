package dev.microserves.support.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Which secrets still have the value the project ships for development. A service names its
 * secrets in its own {@code microprofile-config.properties} ({@code microserves.secrets}, comma
 * separated keys); a secret whose effective value is still the one that file ships is a
 * development default. The database password's development default is the shared
 * configuration's ({@code db.password}, {@value #DEVELOPMENT_DB_PASSWORD}).
 */
public final class DevelopmentDefaults {

    public static final String DEV_MODE_KEY = "microserves.dev-mode";
    public static final String SECRETS_KEY = "microserves.secrets";
    static final String DB_PASSWORD_KEY = "db.password";
    static final String DEVELOPMENT_DB_PASSWORD = "postgres";

    private final Properties shipped;
    private final Function<String, Optional<String>> effective;

    /**
     * @param shipped   the service's own {@code microprofile-config.properties}
     * @param effective the value each key has in this deployment (MicroProfile Config)
     */
    public DevelopmentDefaults(Properties shipped, Function<String, Optional<String>> effective) {
        this.shipped = shipped;
        this.effective = effective;
    }

    /** The settings still at their development default, as {@code key (ENVIRONMENT_VARIABLE)}. */
    public List<String> inEffect() {
        List<String> found = new ArrayList<>();
        // Which keys are secrets is the WAR's own word, not something a deployment can switch off.
        String secrets = shipped.getProperty(SECRETS_KEY, "");
        Arrays.stream(secrets.split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(key -> {
            String development = shipped.getProperty(key);
            String value = effective.apply(key).orElse(development);
            if (development != null && Objects.equals(value, development)) {
                found.add(describe(key));
            }
        });
        if (DEVELOPMENT_DB_PASSWORD.equals(effective.apply(DB_PASSWORD_KEY).orElse(DEVELOPMENT_DB_PASSWORD))) {
            found.add(describe(DB_PASSWORD_KEY));
        }
        return found;
    }

    /** The key and the environment variable that sets it: {@code db.password (DB_PASSWORD)}. */
    static String describe(String key) {
        return key + " (" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ")";
    }

    /** The application's own {@code META-INF/microprofile-config.properties}. */
    public static Properties shippedBy(ClassLoader loader) {
        Properties properties = new Properties();
        URL own = loader.getResource("META-INF/microprofile-config.properties");
        if (own != null) {
            try (InputStream in = own.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
