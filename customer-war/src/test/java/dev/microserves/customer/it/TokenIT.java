package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.register;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.microserves.customer.domain.PasswordHasher;
import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token endpoint and the JWK Set (the tests run with at most 3 failed sign-ins per account
 * before throttling, a configured lockout of an hour, hashes of 20,000 iterations, and a previous
 * signing key beside the current one).
 */
@ExtendWith(ArquillianExtension.class)
class TokenIT {

    /** The rotated-out key the ITs configure as previous (customer-war/pom.xml). */
    private static final String PREVIOUS_KEY_ID = "it-previous-key";

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
        // The ITs configure a lockout of an hour: a person is never locked out longer than 15 minutes.
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
    }

    @Test
    void upgradesACheaperStoredHashAtTheNextSuccessfulSignIn() throws Exception {
        Registered ada = register();
        String cheaper = new PasswordHasher(10_000).hash(CustomerFixtures.PASSWORD);
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("update customers set password_hash = ? where email = ?")) {
            s.setString(1, cheaper);
            s.setString(2, ada.email());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        CustomerFixtures.signIn(ada.email(), CustomerFixtures.PASSWORD);

        assertThat(storedCost(ada.email())).as("the ITs' configured cost").isEqualTo(20_000);
        CustomerFixtures.signIn(ada.email(), CustomerFixtures.PASSWORD);
        assertProblem(Api.service().post("/api/auth/token", Map.of("email", ada.email(), "password", "not the password")),
                401, "invalid-credentials");
        assertThat(storedCost(ada.email())).isEqualTo(20_000);
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
    void publishesTheCurrentAndThePreviousPublicSigningKey() throws Exception {
        ApiResponse jwks = Api.service().get("/api/auth/jwks");

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().path("keys").findValuesAsText("kid")).containsExactly(TestTokens.KEY_ID, PREVIOUS_KEY_ID);
        for (var key : jwks.json().path("keys")) {
            assertThat(key.path("kty").asText()).isEqualTo("RSA");
            assertThat(key.path("alg").asText()).isEqualTo("RS256");
            assertThat(key.has("d")).as("no private part").isFalse();
        }
        String issued = CustomerFixtures.signIn("admin@microserves.dev", "admin-dev-password");
        assertThat(SignedJWT.parse(issued).getHeader().getKeyID()).as("new tokens are signed with the current key")
                .isEqualTo(TestTokens.KEY_ID);
    }

    @Test
    void keepsAcceptingTokensSignedWithThePreviousKeyAfterARotation() throws Exception {
        Registered ada = register();

        String signedBefore = signWithPreviousKey(ada.id(), PREVIOUS_KEY_ID);
        assertThat(Api.service().as(signedBefore).get("/api/customers/" + ada.id()).status()).isEqualTo(200);

        // The previous key's id on a token some other key signed proves nothing.
        assertThat(Api.service().as(TestTokens.foreign(ada.id(), "customer")).get("/api/customers/" + ada.id()).status())
                .isEqualTo(401);
    }

    /** A customer token as the customer service signed them before the key rotated. */
    private static String signWithPreviousKey(String subject, String kid) throws Exception {
        String base64;
        try (var in = TokenIT.class.getResourceAsStream("/previous-signing-key.pkcs8.b64")) {
            base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().issuer("microserves").audience("microserves").subject(subject)
                        .claim("upn", subject).claim("groups", List.of("customer"))
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                        .jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static int storedCost(String email) throws Exception {
        try (Connection c = TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement("select password_hash from customers where email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return PasswordHasher.iterationsOf(r.getString(1));
            }
        }
    }


    private static String withoutTraceId(ApiResponse response) {
        return response.body().replaceAll("\"traceId\":\"[0-9a-f]+\"", "");
    }
}
