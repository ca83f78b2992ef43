package dev.microserves.payment.domain;

import java.security.SecureRandom;

/**
 * The tokens that stand for a vaulted payment method: a prefix ({@code tok_}, {@code pp_}) and 32
 * random letters or digits. Checking a token's shape is one pass over at most its fixed length.
 */
final class Tokens {

    static final int RANDOM_LENGTH = 32;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String next(String prefix) {
        StringBuilder token = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    static boolean hasShape(String candidate, String prefix) {
        if (candidate.length() != prefix.length() + RANDOM_LENGTH || !candidate.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
