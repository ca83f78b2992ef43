package dev.microserves.edge.service;

import dev.microserves.edge.client.DependencyUnavailable;
import dev.microserves.edge.client.PeerRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The optional parts of one page: a part whose service gives no answer (down, slow, circuit open,
 * busy) or refuses is left empty and named, so the page still answers and says what is missing.
 *
 * <p>An explicit result rather than a MicroProfile {@code @Fallback}: a fallback method could
 * return the empty list, but not tell the page that it did, and the page has to say so in
 * {@code degraded}. It also keeps the gateways honest (they report failures; the health report
 * and the circuit breaker see them) and leaves the decision which part is optional to the page
 * (a product page cannot do without its product; it can without recommendations).
 */
final class Degradation {

    private static final Logger LOG = Logger.getLogger(Degradation.class.getName());

    private final List<String> missing = new ArrayList<>();
    private final Consumer<String> onLeftOut;

    /** @param onLeftOut told each part that is left out (for the metrics) */
    Degradation(Consumer<String> onLeftOut) {
        this.onLeftOut = onLeftOut;
    }

    /** The part's value, or {@code empty} (and the part named as degraded) when its service failed it. */
    <T> T optional(String part, Supplier<T> call, T empty) {
        try {
            return call.get();
        } catch (DependencyUnavailable | PeerRefused failed) {
            LOG.fine(() -> "Page part " + part + " left out: " + failed.getMessage());
            missing.add(part);
            onLeftOut.accept(part);
            return empty;
        }
    }

    /** The parts left out, in the order the page asked for them. */
    List<String> missing() {
        return List.copyOf(missing);
    }
}
