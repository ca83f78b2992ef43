package dev.microserves.payment.gateway;

import java.security.SecureRandom;

/** The references the simulated gateways give their charges, shaped like the real ones' ({@code ch_...}, {@code PAYID-...}). */
final class GatewayReferences {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GatewayReferences() {
    }

    static String next(String prefix) {
        StringBuilder reference = new StringBuilder(prefix);
        for (int i = 0; i < 24; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
