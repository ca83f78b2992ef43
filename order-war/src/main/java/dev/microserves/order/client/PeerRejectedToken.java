package dev.microserves.order.client;

/** The peer refused this service's token (401): nothing was done; a fresh token is fetched next time. */
public class PeerRejectedToken extends PeerFailure {
    PeerRejectedToken(String peer) {
        super(peer, false, "refused this service's credentials");
    }
}
