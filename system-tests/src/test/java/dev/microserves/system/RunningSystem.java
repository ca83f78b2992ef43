package dev.microserves.system;

import dev.microserves.launcher.Launcher;
import dev.microserves.testing.Api;
import dev.microserves.testing.FaultProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the whole system once before the system tests (on ports of its own, with a fresh data
 * directory under target/, so it runs beside ./run.sh) and stops it after them. With
 * {@code microserves.system.tracing=true} (the module's second failsafe run) tracing is on.
 */
public class RunningSystem implements LauncherSessionListener {

    static final int ORDER_PORT = 29080;
    static final int CUSTOMER_PORT = 29081;
    static final int INVENTORY_PORT = 29082;
    static final int PAYMENT_PORT = 29083;
    static final int EDGE_PORT = 29000;
    static final int KAFKA_PORT = 29092;
    static final int RECOMMENDATION_PORT = 29084;
    static final int ZIPKIN_PORT = 29411;

    private static Launcher launcher;
    private static FaultProxy inventoryProxy;
    private static FaultProxy paymentProxy;
    private static ZipkinReceiver zipkin;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String repository = System.getProperty("microserves.repository");
        if (repository == null || launcher != null) {
            return;
        }
        Path home = Path.of(System.getProperty("microserves.system.home"));
        deleteRecursively(home);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("DB_HOST");
        env.put("MICROSERVES_HOME", home.toString());
        env.put("DB_PORT", "25432");
        env.put("ORDER_PORT", Integer.toString(ORDER_PORT));
        env.put("CUSTOMER_PORT", Integer.toString(CUSTOMER_PORT));
        env.put("INVENTORY_PORT", Integer.toString(INVENTORY_PORT));
        env.put("PAYMENT_PORT", Integer.toString(PAYMENT_PORT));
        env.put("EDGE_PORT", Integer.toString(EDGE_PORT));
        env.put("KAFKA_PORT", Integer.toString(KAFKA_PORT));
        env.put("RECOMMENDATION_PORT", Integer.toString(RECOMMENDATION_PORT));
        // Orders left PENDING by the peer-down test are resolved within seconds, not minutes.
        env.put("MICROSERVES_RECOVERY_PENDING_TIMEOUT_SECONDS", "2");
        env.put("MICROSERVES_RECOVERY_INTERVAL_MILLIS", "1000");
        env.put("MICROSERVES_RECOVERY_BACKOFF_SECONDS", "1");
        env.put("MICROSERVES_RECOVERY_BACKOFF_MAX_SECONDS", "3");
        // A charge whose payment server was killed mid-request stops blocking its order soon.
        env.put("MICROSERVES_PAYMENT_PENDING_TIMEOUT_SECONDS", "5");
        try {
            if (Boolean.getBoolean("microserves.system.tracing")) {
                // Tracing on, as an operator turns it on, exporting to a Zipkin stand-in in this JVM;
                // spans leave within a fifth of a second instead of every five.
                zipkin = ZipkinReceiver.start(ZIPKIN_PORT);
                env.put("OTEL_SDK_DISABLED", "false");
                env.put("OTEL_TRACES_EXPORTER", "zipkin");
                env.put("OTEL_EXPORTER_ZIPKIN_ENDPOINT", zipkin.endpoint());
                env.put("OTEL_BSP_SCHEDULE_DELAY", "200");
            }
            launcher = new Launcher(Path.of(repository), env, Launcher.defaultServices());
            // The order service reaches inventory and payment through fault proxies (passing by default).
            inventoryProxy = FaultProxy.to(INVENTORY_PORT);
            paymentProxy = FaultProxy.to(PAYMENT_PORT);
            launcher.overrideEnvironment("order", Map.of(
                    "INVENTORY_URL", inventoryProxy.url(), "PAYMENT_URL", paymentProxy.url()));
            launcher.startAll();
        } catch (Exception e) {
            if (launcher != null) {
                launcher.stopAll();
            }
            if (zipkin != null) {
                zipkin.close();
            }
            throw new IllegalStateException("The system did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (launcher != null) {
            launcher.stopAll();
            launcher = null;
        }
        for (FaultProxy proxy : new FaultProxy[] {inventoryProxy, paymentProxy}) {
            if (proxy != null) {
                proxy.close();
            }
        }
        if (zipkin != null) {
            zipkin.close();
            zipkin = null;
        }
    }

    /** Where the servers export their spans; null unless {@code microserves.system.tracing=true} (the traced run). */
    static ZipkinReceiver zipkin() {
        return zipkin;
    }

    /** The system's home: its logs are under {@code logs/}. */
    static Path home() {
        return Path.of(System.getProperty("microserves.system.home"));
    }

    /** Between the order service and the inventory service. */
    static FaultProxy inventoryProxy() {
        return inventoryProxy;
    }

    /** Between the order service and the payment service. */
    static FaultProxy paymentProxy() {
        return paymentProxy;
    }

    static Launcher launcher() {
        return launcher;
    }

    static Api order() {
        return Api.of(URI.create("http://localhost:" + ORDER_PORT));
    }

    static Api customer() {
        return Api.of(URI.create("http://localhost:" + CUSTOMER_PORT));
    }

    static Api inventory() {
        return Api.of(URI.create("http://localhost:" + INVENTORY_PORT));
    }

    static Api payment() {
        return Api.of(URI.create("http://localhost:" + PAYMENT_PORT));
    }

    static Api recommendation() {
        return Api.of(URI.create("http://localhost:" + RECOMMENDATION_PORT));
    }

    static Api edge() {
        return Api.of(URI.create("http://localhost:" + EDGE_PORT));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
