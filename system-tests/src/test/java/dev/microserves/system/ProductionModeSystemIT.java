package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.launcher.ServiceInstance;
import dev.microserves.testing.Api;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server started outside development mode with the development default secrets refuses to
 * start, and its log says which settings to give.
 */
class ProductionModeSystemIT {

    @Test
    void aCustomerServerOutsideDevelopmentModeWithDefaultSecretsRefusesToStartAndNamesTheSettings() throws Exception {
        ServiceInstance production = RunningSystem.launcher().startInstance("customer", "production", 29181,
                Map.of("MICROSERVES_DEV_MODE", "false"));
        try {
            // The server itself comes up (CWWKF0011I); the application in it does not (CWWKZ0002E).
            // Wait for the application's own outcome, started (CWWKZ0001I) or failed: on a busy
            // machine the server reports ready before an application that takes over 30 s.
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() ->
                    Files.exists(production.logFile()) && Files.readString(production.logFile()).contains("CWWKF0011I")
                            && (Files.readString(production.logFile()).contains("CWWKZ0002E")
                                || Files.readString(production.logFile()).contains("CWWKZ0001I")));
            String log = Files.readString(production.logFile());
            assertThat(log).contains("Refusing to start", "CWWKZ0002E",
                    "microserves.admin.password (MICROSERVES_ADMIN_PASSWORD)",
                    "microserves.service-clients (MICROSERVES_SERVICE_CLIENTS)", "db.password (DB_PASSWORD)");
            // Nothing of the API answers, not even its public parts, and the server is never ready.
            Api api = Api.of(URI.create(production.url()));
            assertThat(api.get("/api/auth/jwks").status()).isEqualTo(404);
            assertThat(api.get("/health/ready").status()).isNotEqualTo(200);
        } finally {
            production.stop();
        }
    }
}
