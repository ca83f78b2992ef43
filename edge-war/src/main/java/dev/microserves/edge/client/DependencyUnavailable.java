package dev.microserves.edge.client;

import dev.microserves.support.problem.ProblemException;

/**
 * A peer gave no answer: it is down, slow, failing, busy, or its circuit is open. For a part the
 * page cannot do without, the client gets this 503 with {@code Retry-After}; an optional part is
 * left empty instead and named in the page's {@code degraded}.
 */
public class DependencyUnavailable extends ProblemException {

    public static final int RETRY_AFTER_SECONDS = 5;

    private final String peer;

    public DependencyUnavailable(String peer, String why) {
        super(503, "dependency-unavailable", "Dependency unavailable", "The " + peer + " service " + why + ".");
        this.peer = peer;
        with("dependency", peer);
        with("retryAfterSeconds", RETRY_AFTER_SECONDS);
    }

    public String peer() {
        return peer;
    }
}
