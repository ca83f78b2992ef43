package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.APPROVED;
import static dev.microserves.payment.it.Fixtures.CARD_DECLINED;
import static dev.microserves.payment.it.Fixtures.cardCharge;
import static dev.microserves.payment.it.Fixtures.charge;
import static dev.microserves.payment.it.Fixtures.money;
import static dev.microserves.payment.it.Fixtures.payPalCharge;
import static dev.microserves.payment.it.Fixtures.refundBody;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void reportsStartedLiveAndReadyWithItsDatabase() {
        assertThat(Api.service().get("/health/started").status()).isEqualTo(200);
        assertThat(Api.service().get("/health/live").status()).isEqualTo(200);
        ApiResponse ready = Api.service().get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }

    @Test
    void countsChargesByProcessorAndOutcomeAndRefunds() {
        double capturedByCard = counter("payments_total", "processor=\"card\"", "outcome=\"captured\"");
        double declinedByCard = counter("payments_total", "processor=\"card\"", "outcome=\"declined\"");
        double capturedByPayPal = counter("payments_total", "processor=\"paypal\"", "outcome=\"captured\"");
        double refundsByCard = counter("refunds_total", "processor=\"card\"");
        UUID customer = UUID.randomUUID();

        String paymentId = charge(cardCharge(UUID.randomUUID(), customer, "9.00", tokenize(customer, APPROVED))).text("id");
        charge(cardCharge(UUID.randomUUID(), customer, "9.00", tokenize(customer, CARD_DECLINED)));
        charge(payPalCharge(UUID.randomUUID(), customer, "9.00", "buyer@example.com"));
        Fixtures.refund(paymentId, refundBody(money("1.00"), "metrics"));

        assertThat(counter("payments_total", "processor=\"card\"", "outcome=\"captured\"")).isEqualTo(capturedByCard + 1);
        assertThat(counter("payments_total", "processor=\"card\"", "outcome=\"declined\"")).isEqualTo(declinedByCard + 1);
        assertThat(counter("payments_total", "processor=\"paypal\"", "outcome=\"captured\"")).isEqualTo(capturedByPayPal + 1);
        assertThat(counter("refunds_total", "processor=\"card\"")).isEqualTo(refundsByCard + 1);
        assertThat(counter("card_tokens_total", "brand=\"visa\"")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void publishesAnOpenApiDocumentWithTheErrorResponses() {
        ApiResponse openapi = Api.service().header("Accept", "application/json").get("/openapi?format=JSON");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().at("/paths").has("/api/payments")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payments/post/responses").has("402")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payments/post/responses").has("503")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payments~1{paymentId}~1refunds/post/responses").has("409")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payment-methods~1tokens/post/responses").has("201")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payment-methods~1paypal/post/responses").has("201")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payment-methods~1paypal~1{token}/get/responses").has("404")).isTrue();
        assertThat(openapi.json().at("/paths/~1api~1payments/post/summary").asText()).contains("service only");
    }

    /** A counter's value in the Prometheus text at /metrics, 0 while it has not been counted yet. */
    private static double counter(String name, String... labels) {
        ApiResponse metrics = Api.service().header("Accept", "text/plain").get("/metrics?scope=application");
        assertThat(metrics.status()).isEqualTo(200);
        return Arrays.stream(metrics.body().split("\n"))
                .filter(line -> line.startsWith(name + "{") && Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
