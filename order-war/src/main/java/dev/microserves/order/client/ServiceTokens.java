package dev.microserves.order.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own {@code service} token, from the customer service's token endpoint, cached
 * until shortly before it expires (a tenth of its lifetime, between 5 and 60 seconds, early).
 */
@ApplicationScoped
public class ServiceTokens {

    private record Issued(String authorization, Instant refreshAt) {
    }

    @Inject
    AuthGateway auth;

    @Inject
    @ConfigProperty(name = "microserves.service-client.id", defaultValue = "order-service")
    String clientId;

    @Inject
    @ConfigProperty(name = "microserves.service-client.secret", defaultValue = "order-service-dev-secret")
    String clientSecret;

    private volatile Issued current;

    /** The {@code Authorization} header value for a call to a peer. */
    public String authorization() {
        Issued issued = current;
        if (issued == null || !Instant.now().isBefore(issued.refreshAt())) {
            issued = refresh(issued);
        }
        return issued.authorization();
    }

    /** Forgets the cached token (a peer refused it). */
    public void invalidate() {
        current = null;
    }

    private synchronized Issued refresh(Issued stale) {
        Issued latest = current;
        if (latest != null && latest != stale && Instant.now().isBefore(latest.refreshAt())) {
            return latest; // another thread refreshed it meanwhile
        }
        TokenResponse token = auth.issue(new TokenRequest(clientId, clientSecret));
        long lifetime = token.expiresIn() == null ? 60 : token.expiresIn();
        long early = Math.max(5, Math.min(60, lifetime / 10));
        Issued issued = new Issued("Bearer " + token.accessToken(), Instant.now().plusSeconds(Math.max(1, lifetime - early)));
        current = issued;
        return issued;
    }
}
