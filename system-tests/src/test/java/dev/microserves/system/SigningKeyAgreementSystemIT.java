package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.launcher.ServiceInstance;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Two customer-service instances started at once on one empty database agree on one signing key,
 * so a token either issues verifies against the JWK Set of the other.
 */
class SigningKeyAgreementSystemIT {

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseServeTheSameKeys() throws Exception {
        RunningSystem.launcher().ensureDatabase("customers_pair");
        List<ServiceInstance> pair = new ArrayList<>();
        try {
            for (String instance : List.of("a", "b")) {
                pair.add(RunningSystem.launcher().startInstance("customer", instance,
                        instance.equals("a") ? 29191 : 29192, Map.of("DB_NAME", "customers_pair")));
            }
            for (ServiceInstance instance : pair) {
                instance.awaitReady(Duration.ofMinutes(5));
            }
            TreeSet<String> first = keyIds(pair.get(0));
            TreeSet<String> second = keyIds(pair.get(1));
            assertThat(first).isNotEmpty();
            assertThat(second).isEqualTo(first);

            // Both also agree on the admin account they created at their first start.
            ApiResponse token = Api.of(URI.create(pair.get(0).url())).post("/api/auth/token",
                    Map.of("email", "admin@microserves.dev", "password", "admin-dev-password"));
            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            ApiResponse other = Api.of(URI.create(pair.get(1).url())).post("/api/auth/token",
                    Map.of("email", "admin@microserves.dev", "password", "admin-dev-password"));
            assertThat(other.status()).as(other.toString()).isEqualTo(200);
        } finally {
            pair.forEach(ServiceInstance::stop);
        }
    }

    private static TreeSet<String> keyIds(ServiceInstance instance) {
        ApiResponse jwks = Api.of(URI.create(instance.url())).get("/api/auth/jwks");
        assertThat(jwks.status()).as(jwks.toString()).isEqualTo(200);
        JsonNode keys = jwks.json().path("keys");
        TreeSet<String> ids = new TreeSet<>();
        StreamSupport.stream(keys.spliterator(), false).forEach(k -> ids.add(k.path("kid").asText() + ":" + k.path("n").asText()));
        return ids;
    }
}
