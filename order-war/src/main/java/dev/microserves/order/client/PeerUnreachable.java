package dev.microserves.order.client;

/**
 * The request never left this service: the peer refused the connection or has no address. Unlike
 * a refusal the peer answered, it says nothing about what an earlier attempt did ({@link Delivery}).
 */
class PeerUnreachable extends PeerFailure {
    PeerUnreachable(String peer) {
        super(peer, false, "is unreachable");
    }
}
