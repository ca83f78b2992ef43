package dev.microserves.payment.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulated gateway answered, by the merchant reference each charge came with, so that it
 * can answer a lookup the way a real processor does when a merchant lost the answer to a charge
 * (its request died, or gave up waiting, after the gateway had acted).
 *
 * <p>In memory: the simulated gateway lives and dies with the service, whose payment rows are the
 * durable record. Bounded, the oldest forgotten first: lookups come within the payment service's
 * pending timeout, and {@value #KEPT} answers are far more than the charges of one timeout at the
 * rates this service reaches.
 */
final class GatewayLedger {

    static final int KEPT = 50_000;

    private final Map<String, GatewayResponse> answers = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, GatewayResponse> eldest) {
                    return size() > KEPT;
                }
            });

    /** Keeps an answer that moved or refused money; an unavailable gateway did nothing to remember. */
    GatewayResponse keep(String merchantReference, GatewayResponse answer) {
        if (!(answer instanceof GatewayResponse.Unavailable)) {
            answers.put(merchantReference, answer);
        }
        return answer;
    }

    /** What the gateway did with the charge that carried this reference; {@link GatewayResponse.NotFound} if none came. */
    GatewayResponse find(String merchantReference) {
        GatewayResponse answer = answers.get(merchantReference);
        return answer == null ? new GatewayResponse.NotFound() : answer;
    }
}
