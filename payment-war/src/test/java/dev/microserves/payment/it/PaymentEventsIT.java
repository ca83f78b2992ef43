package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.CARD_DECLINED;
import static dev.microserves.payment.it.Fixtures.capturedPayment;
import static dev.microserves.payment.it.Fixtures.cardCharge;
import static dev.microserves.payment.it.Fixtures.charge;
import static dev.microserves.payment.it.Fixtures.money;
import static dev.microserves.payment.it.Fixtures.refund;
import static dev.microserves.payment.it.Fixtures.refundBody;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.payment.it.Fixtures.Paid;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.EventLog;
import dev.microserves.testing.EventSchemas;
import dev.microserves.testing.ServiceDeployment;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The payment's events on a real broker: a capture and each refund, valid for the schema; a decline publishes nothing. */
@ExtendWith(ArquillianExtension.class)
class PaymentEventsIT {

    private static final String TOPIC = "microserves.payments";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static EventLog payments;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void read() {
        payments = EventLog.of(TOPIC);
    }

    @AfterAll
    static void close() {
        payments.close();
    }

    @Test
    void aCaptureAndEachRefundArePublishedWithWhatIsRefundedSoFar() {
        Paid paid = capturedPayment("30.00");
        assertThat(refund(paid.id(), refundBody(money("10.00"), "damaged")).status()).isEqualTo(201);
        assertThat(refund(paid.id(), refundBody(null, "returned")).status()).isEqualTo(201);

        payments.await(e -> paid.id().equals(e.subject()) && e.data().path("refundedAmount").path("amount").asText()
                .equals("30.00"), SOON);
        var events = payments.about(paid.id());
        assertThat(events).extracting(EventLog.Event::type).containsExactly("dev.microserves.payment.captured.v1",
                "dev.microserves.payment.refunded.v1", "dev.microserves.payment.refunded.v1");
        assertThat(events).extracting(e -> e.data().path("refundedAmount").path("amount").asText())
                .containsExactly("0.00", "10.00", "30.00");
        for (EventLog.Event event : events) {
            EventSchemas.assertValid(TOPIC, event.envelope());
            assertThat(event.key()).isEqualTo(paid.id());
            assertThat(event.data().path("orderId").asText()).isEqualTo(paid.orderId().toString());
            assertThat(event.data().path("amount").path("amount").asText()).isEqualTo("30.00");
        }
    }

    @Test
    void aDeclinedChargePublishesNothing() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        ApiResponse declined = charge(cardCharge(order, customer, "12.00", tokenize(customer, CARD_DECLINED)));
        assertThat(declined.status()).isEqualTo(402);
        Paid later = capturedPayment("5.00");

        // Published in order: once the later capture is out, an event of the decline would be too.
        payments.await("dev.microserves.payment.captured.v1", later.id(), SOON);
        assertThat(payments.events()).noneMatch(e -> order.toString().equals(e.data().path("orderId").asText()));
    }
}
