package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.Api;
import dev.microserves.testing.EventLog;
import dev.microserves.testing.EventSchemas;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer's events on a real broker: a registration and each change of tier, with no personal data. */
@ExtendWith(ArquillianExtension.class)
class CustomerEventsIT {

    private static final String TOPIC = "microserves.customers";
    private static EventLog customers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void read() {
        customers = EventLog.of(TOPIC);
    }

    @AfterAll
    static void close() {
        customers.close();
    }

    @Test
    void aRegistrationAndEachTierChangeArePublishedWithoutPersonalData() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id();
        Api admin = Api.service().as(TestTokens.admin());
        assertThat(admin.patch(path, Map.of("tier", "PREMIUM")).status()).isEqualTo(200);
        assertThat(admin.patch(path, Map.of("name", "Ada Renamed")).status()).isEqualTo(200);
        assertThat(admin.patch(path, Map.of("tier", "STANDARD")).status()).isEqualTo(200);

        customers.await(e -> ada.id().equals(e.subject()) && e.data().path("tier").asText().equals("STANDARD")
                && e.type().endsWith("tier-changed.v1"), Duration.ofSeconds(30));
        List<EventLog.Event> events = customers.about(ada.id());
        assertThat(events).extracting(e -> e.type() + " " + e.data().path("tier").asText()).containsExactly(
                "dev.microserves.customer.registered.v1 STANDARD",
                "dev.microserves.customer.tier-changed.v1 PREMIUM",
                "dev.microserves.customer.tier-changed.v1 STANDARD");
        for (EventLog.Event event : events) {
            EventSchemas.assertValid(TOPIC, event.envelope());
            assertThat(event.key()).isEqualTo(ada.id());
            assertThat(event.envelope().toString()).doesNotContain(ada.email(), "Lovelace", "Renamed");
        }
    }
}
