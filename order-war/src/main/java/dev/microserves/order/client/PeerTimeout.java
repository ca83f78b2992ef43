package dev.microserves.order.client;

/**
 * The peer did not answer in time (the socket read timed out). Keyed POSTs are not retried on it:
 * the step is left in doubt rather than doubling the time the client waits.
 */
public class PeerTimeout extends PeerFailure {
    PeerTimeout(String peer) {
        super(peer, true, "did not answer in time");
    }
}
