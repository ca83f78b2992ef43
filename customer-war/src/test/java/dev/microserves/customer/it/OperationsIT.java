package dev.microserves.customer.it;

import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, metrics, OpenAPI, and the runtime's own refusals as problem+json. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void reportsLiveReadyAndStarted() {
        for (String probe : new String[] {"/health/live", "/health/ready", "/health/started"}) {
            ApiResponse health = Api.service().get(probe);
            assertThat(health.status()).as(probe + ": " + health).isEqualTo(200);
            assertThat(health.text("status")).isEqualTo("UP");
        }
        assertThat(Api.service().get("/health/ready").body()).contains("database");
    }

    @Test
    void exposesPrometheusMetricsWithoutCredentials() {
        CustomerFixtures.register();

        ApiResponse metrics = Api.service().header("Accept", "text/plain").get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("REST_request_seconds").contains("customers_registered_total");
    }

    @Test
    void describesTheRealEndpointsInOpenApi() {
        ApiResponse openapi = Api.service().header("Accept", "application/json").get("/openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().path("paths").has("/api/customers/{id}")).isTrue();
        assertThat(openapi.json().path("paths").has("/api/auth/token")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1customers/post/responses").has("409")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1customers~1{id}~1payment-methods/post/description").asText())
                .as("PayPal methods are added by vault token").contains("pp_");
        assertThat(Api.service().get("/openapi/ui/").status()).isEqualTo(200);
    }

    @Test
    void answersWhatTheWebContainerRefusesAsAProblemWithoutItsExceptionOrClassNames() {
        // An encoded slash in a path: the container refuses it before any resource runs, and
        // its own error page would show the exception and the container's class names.
        ApiResponse refused = Api.service().get("/api/customers/a%2Fb");
        assertProblem(refused, 400, "bad-request");
        assertThat(refused.body()).doesNotContain("com.ibm", "Exception", "at [");
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        assertProblem(Api.service().get("/api/nothing-here"), 404, "not-found");
        assertProblem(Api.service().send("PUT", "/api/auth/jwks", "{}"), 405, "method-not-allowed");
    }
}
