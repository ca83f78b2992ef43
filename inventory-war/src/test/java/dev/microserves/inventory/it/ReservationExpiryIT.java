package dev.microserves.inventory.it;

import static dev.microserves.inventory.it.Inventory.assertStock;
import static dev.microserves.inventory.it.Inventory.held;
import static dev.microserves.inventory.it.Inventory.product;
import static dev.microserves.inventory.it.Inventory.service;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Held reservations expire. Runs on a server of its own (see the POM) whose reservations last a
 * few seconds and whose expiry job runs every second.
 */
@ExtendWith(ArquillianExtension.class)
class ReservationExpiryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void aHoldPastItsDeadlineIsReleasedAndItsUnitsComeBack() {
        String sku = product("EXPIRE", 10);
        String id = held(sku, 3);
        ApiResponse reservation = service().get("/api/reservations/" + id);
        assertThat(Instant.parse(reservation.text("expiresAt"))).isBefore(Instant.now().plus(Duration.ofMinutes(1)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(service().get("/api/reservations/" + id).text("status")).isEqualTo("RELEASED"));

        ApiResponse expired = service().get("/api/reservations/" + id);
        assertThat(expired.text("releaseReason")).isEqualTo("EXPIRED");
        assertStock(sku, 10, 0);
        assertProblem(service().post("/api/reservations/" + id + "/commit", null), 409, "invalid-reservation-state");
        ApiResponse release = service().post("/api/reservations/" + id + "/release", null);
        assertThat(release.status()).isEqualTo(200);
        assertThat(release.text("releaseReason")).isEqualTo("EXPIRED");
        assertStock(sku, 10, 0);
        assertThat(Inventory.metrics()).containsPattern("inventory_reservation_expirations_total\\{[^}]*\\} [1-9]");
    }

    @Test
    void aCommittedReservationNeverExpires() {
        String sku = product("KEEP", 10);
        String committed = held(sku, 2);
        ApiResponse commit = service().post("/api/reservations/" + committed + "/commit", null);
        assertThat(commit.status()).as(commit.toString()).isEqualTo(200);
        String later = held(sku, 1);

        // Once a hold made after the commit has expired, the committed one is long past its deadline too.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(service().get("/api/reservations/" + later).text("status")).isEqualTo("RELEASED"));

        assertThat(service().get("/api/reservations/" + committed).text("status")).isEqualTo("COMMITTED");
        assertStock(sku, 8, 0);
    }
}
