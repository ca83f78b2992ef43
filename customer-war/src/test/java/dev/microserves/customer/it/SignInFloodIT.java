package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.Concurrently;
import dev.microserves.testing.ServiceDeployment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's pool starvation: a sign-in used to hold a pooled connection through the password hash
 * and take a second one for the throttle write, so a flood of sign-ins starved the whole service.
 * The ITs run with a pool of 2 connections; 40 sign-ins with wrong passwords at once (each for an
 * unknown account and from its own address, so no throttle cuts the work short) must leave room
 * for an ordinary request. With the old code two such sign-ins held both connections, each waiting
 * for a second one, until the pool's connection timeout.
 */
@ExtendWith(ArquillianExtension.class)
class SignInFloodIT {

    private static final int FLOOD = 40;
    /** The ordinary request's deadline: below the pool's 10 s connection timeout, far above a healthy answer. */
    private static final Duration ORDINARY_REQUEST_TIMEOUT = Duration.ofSeconds(8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void servesAnOrdinaryRequestWhileSignInsFlood() {
        Registered ada = register();
        List<Callable<Integer>> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            FromSource source = FromSource.fresh();
            String email = CustomerFixtures.uniqueEmail();
            flood.add(() -> source.signIn(Map.of("email", email, "password", "not the password")).status());
        }

        CompletableFuture<List<Integer>> flooding = CompletableFuture.supplyAsync(() -> Concurrently.allAtOnce(flood));
        List<ApiResponse> ordinary = new ArrayList<>();
        while (!flooding.isDone() || ordinary.isEmpty()) {
            ordinary.add(Within.deadline(ORDINARY_REQUEST_TIMEOUT, () -> ada.api().get("/api/customers/" + ada.id())));
        }

        assertThat(ordinary).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(flooding.join()).allSatisfy(status -> assertThat(status).isIn(401, 429));
    }
}
