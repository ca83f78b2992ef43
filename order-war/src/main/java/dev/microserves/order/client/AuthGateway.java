package dev.microserves.order.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fetches this service's token. A timeout, and no retry: the token POST carries no idempotency
 * key, so it is not repeated within a call (the next call simply asks again).
 */
@ApplicationScoped
@PeerCall(CustomerGateway.PEER)
@Timeout(2000)
public class AuthGateway {

    @Inject
    @RestClient
    AuthClient client;

    public TokenResponse issue(TokenRequest credentials) {
        TokenResponse token = Calls.send(CustomerGateway.PEER, () -> client.token(credentials));
        if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
            throw PeerFailure.nothingDone(CustomerGateway.PEER, "issued no token");
        }
        return token;
    }
}
