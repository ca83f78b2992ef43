package dev.microserves.edge.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** What the last call to each peer found: an answer, or no answer (and why). For the health report. */
@ApplicationScoped
public class PeerStates {

    /** The last call's outcome: answered or not, when, and why not. */
    public record State(boolean answering, Instant at, String problem) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    void answered(String peer) {
        states.put(peer, new State(true, Instant.now(), null));
    }

    void unavailable(String peer, String problem) {
        states.put(peer, new State(false, Instant.now(), problem));
    }

    /** Every peer called so far, by name. */
    public Map<String, State> snapshot() {
        return new TreeMap<>(states);
    }
}
