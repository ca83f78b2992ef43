package dev.microserves.testing;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import org.apache.hc.core5.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A provider's verification of its consumers' pacts: the service's own WAR deployed (Arquillian, real
 * Liberty and PostgreSQL), and every interaction of every pact that names the provider replayed
 * against it. A subclass names the provider and the pacts
 * ({@code @Provider("inventory") @PactFolder("../contracts/pacts")}) and makes each interaction's
 * provider state with {@code @State} methods, which may return the ids the service generated for the
 * request to use ({@code ${reservationId}}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PactProviderVerification {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", TestEnvironment.baseUri().getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheConsumersPact(PactVerificationContext context, HttpRequest request) {
        // A pact shows the shape of the bearer token; the real one is this deployment's service token.
        if (request.containsHeader("Authorization")) {
            request.setHeader("Authorization", "Bearer " + TestTokens.service());
        }
        context.verifyInteraction();
    }
}
