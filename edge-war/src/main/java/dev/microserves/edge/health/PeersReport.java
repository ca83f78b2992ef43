package dev.microserves.edge.health;

import dev.microserves.edge.client.PeerStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports what the last call to each peer found, for operators. Always UP: a peer that is down
 * makes pages degraded (or a 503 fast, circuit open), not the storefront unready; taking it out of
 * the load balancer would only turn those answers into connection errors.
 */
@Readiness
@ApplicationScoped
public class PeersReport implements HealthCheck {

    @Inject
    PeerStates peers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("peers").up();
        peers.snapshot().forEach((peer, state) -> response.withData(peer,
                (state.answering() ? "answering" : "not answering: " + state.problem()) + " (as of " + state.at() + ")"));
        return response.build();
    }
}
