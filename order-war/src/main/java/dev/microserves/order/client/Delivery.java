package dev.microserves.order.client;

import java.util.Optional;

/**
 * What the attempts of one gateway call may have done at the peer. Fault tolerance retries a call
 * and rethrows only the last attempt's failure. When an earlier attempt was sent and its answer
 * lost, a retry that is never sent (connection refused, circuit open, bulkhead full) must not turn
 * "the peer may have acted" into "it cannot have": that would compensate blind, and a client's
 * retry would charge again.
 * <p>
 * Synchronous fault tolerance runs every attempt on the caller's thread, so the record is kept
 * per thread, opened and closed by {@link PeerCallInterceptor} around the whole call. A gateway
 * call made inside another (the service token) keeps a record of its own.
 */
final class Delivery {

    private static final ThreadLocal<Delivery> CURRENT = new ThreadLocal<>();

    private final Delivery outer;
    private String lostAnswer;

    private Delivery(Delivery outer) {
        this.outer = outer;
    }

    /** Starts the record of a call on this thread. */
    static Delivery open() {
        Delivery delivery = new Delivery(CURRENT.get());
        CURRENT.set(delivery);
        return delivery;
    }

    /** Ends it, going back to the record of the call around it, if any. */
    void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** An attempt of the call on this thread failed; it counts when the peer may have acted. */
    static void attemptFailed(RuntimeException failure) {
        Delivery delivery = CURRENT.get();
        if (delivery != null && delivery.lostAnswer == null
                && failure instanceof PeerFailure peerFailure && peerFailure.maybeActed()) {
            delivery.lostAnswer = peerFailure.getMessage();
        }
    }

    /** How the first attempt that may have reached the peer ended, if one did. */
    Optional<String> lostAnswer() {
        return Optional.ofNullable(lostAnswer);
    }
}
