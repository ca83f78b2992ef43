package dev.microserves.order.client;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;

/** Runs one REST client call, naming what a client-side failure means (see {@link PeerFailure#of}). */
final class Calls {

    private Calls() {
    }

    static <T> T send(String peer, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException failure) {
            throw PeerFailure.of(peer, failure);
        }
    }

    static void run(String peer, Runnable call) {
        send(peer, () -> {
            call.run();
            return null;
        });
    }
}
