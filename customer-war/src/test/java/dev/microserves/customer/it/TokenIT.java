package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.register;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token endpoint and the JWK Set (the tests run with at most 3 failed sign-ins before throttling). */
@ExtendWith(ArquillianExtension.class)
class TokenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void issuesABearerTokenThatTheServiceAccepts() {
        Registered ada = register();

        ApiResponse token = Api.service().post("/api/auth/token", Map.of("email", ada.email(), "password", CustomerFixtures.PASSWORD));

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.text("tokenType")).isEqualTo("Bearer");
        assertThat(token.json().path("expiresIn").asLong()).isPositive();
        assertThat(token.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(Api.service().as(token.text("accessToken")).get("/api/customers/" + ada.id()).status()).isEqualTo(200);
    }

    @Test
    void answersWrongPasswordAndUnknownEmailAlike() {
        Registered ada = register();

        ApiResponse wrongPassword = assertProblem(Api.service().post("/api/auth/token",
                Map.of("email", ada.email(), "password", "not the password")), 401, "invalid-credentials");
        ApiResponse unknownEmail = assertProblem(Api.service().post("/api/auth/token",
                Map.of("email", CustomerFixtures.uniqueEmail(), "password", "not the password")), 401, "invalid-credentials");

        assertThat(withoutTraceId(wrongPassword)).isEqualTo(withoutTraceId(unknownEmail));
    }

    @Test
    void throttlesRepeatedFailuresEvenForTheRightPassword() {
        Registered ada = register();
        Map<String, String> wrong = Map.of("email", ada.email(), "password", "not the password");

        for (int i = 0; i < 3; i++) {
            assertProblem(Api.service().post("/api/auth/token", wrong), 401, "invalid-credentials");
        }
        ApiResponse throttled = assertProblem(Api.service().post("/api/auth/token",
                Map.of("email", ada.email(), "password", CustomerFixtures.PASSWORD)), 429, "too-many-attempts");
        assertThat(throttled.header("Retry-After")).isPresent();
    }

    @Test
    void givesServiceClientsTheServiceRole() {
        Registered ada = register();

        ApiResponse token = Api.service().post("/api/auth/token",
                Map.of("clientId", "order-service", "clientSecret", "order-service-dev-secret"));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(Api.service().as(token.text("accessToken")).get("/api/customers/" + ada.id()).status()).isEqualTo(200);

        assertProblem(Api.service().post("/api/auth/token",
                Map.of("clientId", "order-service", "clientSecret", "wrong")), 401, "invalid-credentials");
        assertProblem(Api.service().post("/api/auth/token",
                Map.of("clientId", "nobody", "clientSecret", "wrong")), 401, "invalid-credentials");
    }

    @Test
    void theConfiguredAdminAccountSignsInAsAdmin() {
        String admin = CustomerFixtures.signIn("admin@microserves.dev", "admin-dev-password");

        assertThat(Api.service().as(admin).get("/api/customers?size=1").status()).isEqualTo(200);
    }

    @Test
    void refusesRequestsWithoutOrWithMixedCredentials() {
        assertProblem(Api.service().post("/api/auth/token", Map.of()), 400, "validation");
        assertProblem(Api.service().post("/api/auth/token", Map.of("email", "a@b.test", "password", "x",
                "clientId", "order-service", "clientSecret", "y")), 400, "validation");
        assertProblem(Api.service().post("/api/auth/token", "{"), 400, "malformed-json");
    }

    @Test
    void publishesThePublicSigningKey() {
        ApiResponse jwks = Api.service().get("/api/auth/jwks");

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(jwks.json().path("keys").get(0).path("alg").asText()).isEqualTo("RS256");
        assertThat(jwks.json().path("keys").get(0).has("d")).as("no private part").isFalse();
    }

    private static String withoutTraceId(ApiResponse response) {
        return response.body().replaceAll("\"traceId\":\"[0-9a-f]+\"", "");
    }
}
