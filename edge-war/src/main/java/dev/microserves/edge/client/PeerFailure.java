package dev.microserves.edge.client;

import jakarta.ws.rs.ProcessingException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * A call that got no usable answer: the peer was unreachable, failed (5xx, 408, 429), or the
 * connection broke. Inside a gateway it is what fault tolerance retries and counts; leaving the
 * gateway it becomes a {@link DependencyUnavailable}.
 */
public class PeerFailure extends RuntimeException {

    PeerFailure(String why) {
        super(why, null, false, false);
    }

    static PeerFailure failed(int status) {
        return new PeerFailure("failed (" + status + ")");
    }

    /** What a client-side failure means: unreachable, too slow, or the connection lost. */
    static RuntimeException of(ProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PeerRefused || cause instanceof PeerFailure) {
                return (RuntimeException) cause;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return new PeerFailure("is unreachable");
            }
            if (cause instanceof InterruptedIOException) {
                return new PeerTimeout();
            }
        }
        return new PeerFailure("lost the connection");
    }
}
