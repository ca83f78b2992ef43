package dev.microserves.order.domain;

import dev.microserves.support.problem.ProblemException;

/**
 * A peer did not give an answer: it is down, slow, failing, or its circuit is open. When the call
 * may have reached it ({@link #maybeActed()}: a timeout, a 5xx, a connection lost after sending),
 * the step is <em>in doubt</em>: the order stays PENDING until the peer's state is known.
 */
public class DependencyUnavailable extends ProblemException {

    public static final int RETRY_AFTER_SECONDS = 5;

    private final String peer;
    private final boolean maybeActed;

    public DependencyUnavailable(String peer, boolean maybeActed, String why) {
        super(503, "dependency-unavailable", "Dependency unavailable", "The " + peer + " service " + why + ".");
        this.peer = peer;
        this.maybeActed = maybeActed;
        with("retryAfterSeconds", RETRY_AFTER_SECONDS);
    }

    public String peer() {
        return peer;
    }

    public boolean maybeActed() {
        return maybeActed;
    }
}
