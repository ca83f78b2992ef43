package dev.microserves.edge.client;

/** The peer did not answer in time (the socket read timed out). Not retried: that would double the wait. */
public class PeerTimeout extends PeerFailure {
    PeerTimeout() {
        super("did not answer in time");
    }
}
