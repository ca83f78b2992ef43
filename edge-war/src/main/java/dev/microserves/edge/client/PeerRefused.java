package dev.microserves.edge.client;

import dev.microserves.support.problem.ProblemException;

/**
 * A peer answered the caller's request with a refusal (a 4xx other than 408 and 429): an answer,
 * not a failure, so it is never retried and never counts against the peer's circuit. What the
 * caller may know is passed on as the peer said it (401, 403, 404, with the peer's slug); any
 * other refusal means this service asked wrongly, and is a 502 {@code dependency-refused}.
 */
public class PeerRefused extends ProblemException {

    private final int peerStatus;

    PeerRefused(int peerStatus, String peerSlug, String peerDetail) {
        super(passedOn(peerStatus) ? peerStatus : 502,
                passedOn(peerStatus) ? (peerSlug != null ? peerSlug : contractSlug(peerStatus)) : "dependency-refused",
                passedOn(peerStatus) ? "Refused" : "Dependency refused",
                passedOn(peerStatus) && peerDetail != null ? peerDetail
                        : "A service behind the storefront refused its request (" + peerStatus + ").");
        this.peerStatus = peerStatus;
    }

    /** The contract's slug for a refusal passed on that came without one (a bare 404, say). */
    private static String contractSlug(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "not-found";
        };
    }

    private static boolean passedOn(int status) {
        return status == 401 || status == 403 || status == 404;
    }

    public int peerStatus() {
        return peerStatus;
    }
}
