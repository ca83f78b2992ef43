package dev.microserves.support.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DevelopmentDefaultsTest {

    private static final Properties SHIPPED = new Properties();

    static {
        SHIPPED.setProperty("microserves.secrets", "microserves.admin.password, microserves.service-clients");
        SHIPPED.setProperty("microserves.admin.password", "admin-dev-password");
        SHIPPED.setProperty("microserves.service-clients", "order-service:order-service-dev-secret");
    }

    private static DevelopmentDefaults with(Map<String, String> deployment) {
        return new DevelopmentDefaults(SHIPPED, key -> Optional.ofNullable(deployment.get(key)));
    }

    @Test
    void everyShippedSecretAndTheDatabasePasswordAreDefaultsUntilGiven() {
        assertThat(with(Map.of()).inEffect()).containsExactly(
                "microserves.admin.password (MICROSERVES_ADMIN_PASSWORD)",
                "microserves.service-clients (MICROSERVES_SERVICE_CLIENTS)",
                "db.password (DB_PASSWORD)");
    }

    @Test
    void aSecretSetToTheShippedValueIsStillADefault() {
        assertThat(with(Map.of("microserves.admin.password", "admin-dev-password",
                "microserves.service-clients", "order-service:s3cret-of-our-own",
                "db.password", "postgres")).inEffect())
                .containsExactly("microserves.admin.password (MICROSERVES_ADMIN_PASSWORD)", "db.password (DB_PASSWORD)");
    }

    @Test
    void nothingIsInEffectOnceEverySecretIsGiven() {
        assertThat(with(Map.of("microserves.admin.password", "a-long-admin-secret",
                "microserves.service-clients", "order-service:s3cret-of-our-own",
                "db.password", "db-secret")).inEffect()).isEmpty();
    }
}
