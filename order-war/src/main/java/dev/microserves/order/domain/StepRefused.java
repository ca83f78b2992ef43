package dev.microserves.order.domain;

/**
 * A peer refused a step in a way the contract does not foresee (an unexpected 4xx), or answered
 * something unusable. Nothing was done by that step; the order is rejected and compensated.
 */
public class StepRefused extends Refusal {

    private final int peerStatus;
    private final String peerSlug;

    public StepRefused(String peer, int peerStatus, String peerSlug) {
        super(502, "dependency-refused", "Dependency refused",
                "The " + peer + " service refused a step of the order (" + peerStatus
                        + (peerSlug == null ? "" : " " + peerSlug) + ").");
        this.peerStatus = peerStatus;
        this.peerSlug = peerSlug;
    }

    public int peerStatus() {
        return peerStatus;
    }

    public String peerSlug() {
        return peerSlug;
    }
}
