package dev.microserves.support.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the application outside development mode ({@code MICROSERVES_DEV_MODE=true},
 * which the run command and the tests set) while a development default secret is in effect, and
 * says in the log which settings to give. In development mode it only warns.
 */
@ApplicationScoped
public class DevelopmentDefaultsGuard {

    private static final Logger LOG = Logger.getLogger(DevelopmentDefaultsGuard.class.getName());

    @Inject
    Config config;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        boolean developmentMode = config.getOptionalValue(DevelopmentDefaults.DEV_MODE_KEY, Boolean.class).orElse(false);
        List<String> defaults = new DevelopmentDefaults(
                DevelopmentDefaults.shippedBy(Thread.currentThread().getContextClassLoader()),
                key -> config.getOptionalValue(key, String.class)).inEffect();
        if (defaults.isEmpty()) {
            return;
        }
        if (developmentMode) {
            LOG.warning("Development mode: development default secrets are in effect: " + String.join(", ", defaults)
                    + ". Never run like this in production.");
            return;
        }
        String message = "Refusing to start: not in development mode (MICROSERVES_DEV_MODE is not true), and these "
                + "settings still have their development defaults: " + String.join(", ", defaults)
                + ". Give each a value of its own (environment variable), or set MICROSERVES_DEV_MODE=true for development.";
        LOG.severe(message);
        throw new IllegalStateException(message);
    }
}
