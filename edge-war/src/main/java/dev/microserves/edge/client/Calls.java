package dev.microserves.edge.client;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;

/** Runs one REST client call, naming what a client-side failure means (see {@link PeerFailure#of}). */
final class Calls {

    private Calls() {
    }

    static <T> T send(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException failure) {
            throw PeerFailure.of(failure);
        }
    }
}
