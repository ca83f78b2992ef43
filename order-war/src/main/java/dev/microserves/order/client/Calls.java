package dev.microserves.order.client;

import jakarta.ws.rs.ProcessingException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one attempt of a REST client call, naming what a client-side failure means (see
 * {@link PeerFailure#of}) and noting in the call's {@link Delivery} when the peer may have acted.
 */
final class Calls {

    private Calls() {
    }

    static <T> T send(String peer, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException failure) {
            throw noted(PeerFailure.of(peer, failure));
        } catch (PeerFailure failure) {
            throw noted(failure);
        }
    }

    /**
     * The answer, when it is about {@code orderId} (or names no order). An answer about another
     * order is someone else's: a late answer read from a reused connection. It counts as a lost
     * answer, so the step stays in doubt (or is retried with its key) and is never taken as done.
     */
    static <T> T answerFor(String peer, UUID orderId, T answer, Function<T, UUID> orderOf) {
        UUID about = answer == null ? null : orderOf.apply(answer);
        if (about != null && !about.equals(orderId)) {
            throw new PeerFailure(peer, true, "answered about another order");
        }
        return answer;
    }

    private static RuntimeException noted(RuntimeException failure) {
        Delivery.attemptFailed(failure);
        return failure;
    }

    static void run(String peer, Runnable call) {
        send(peer, () -> {
            call.run();
            return null;
        });
    }
}
