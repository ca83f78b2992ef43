package dev.microserves.order.client;

import dev.microserves.order.domain.Refusal;
import jakarta.ws.rs.ProcessingException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * A call that got no usable answer: the peer was unreachable, failed (5xx), or the connection broke.
 * Inside a gateway it is what fault tolerance retries and counts; leaving the gateway it becomes a
 * {@link dev.microserves.order.domain.DependencyUnavailable}.
 */
public class PeerFailure extends RuntimeException {

    private final String peer;
    private final boolean maybeActed;

    PeerFailure(String peer, boolean maybeActed, String why) {
        super(why, null, false, false);
        this.peer = peer;
        this.maybeActed = maybeActed;
    }

    static PeerFailure failed(String peer, int status, String slug) {
        return new PeerFailure(peer, true, "failed (" + status + (slug == null ? "" : " " + slug) + ")");
    }

    static PeerFailure nothingDone(String peer, String why) {
        return new PeerFailure(peer, false, why);
    }

    /** What a client-side failure means: never sent (unreachable), or sent with the answer lost. */
    static RuntimeException of(String peer, ProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal || cause instanceof PeerFailure) {
                return (RuntimeException) cause;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return new PeerUnreachable(peer);
            }
            if (cause instanceof InterruptedIOException) {
                return new PeerTimeout(peer);
            }
        }
        return new PeerFailure(peer, true, "lost the connection");
    }

    public String peer() {
        return peer;
    }

    /** Whether the peer may have done what was asked despite the failure. */
    public boolean maybeActed() {
        return maybeActed;
    }
}
