package dev.microserves.customer.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes (PBKDF2-HMAC-SHA256), stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the cost can rise later without
 * invalidating existing hashes; a hash below the configured cost {@link #needsRehash needs a rehash},
 * which the caller does once it holds the password (a successful sign-in). Verification takes the
 * same time whether or not the account exists.
 */
public final class PasswordHasher {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final String decoy;

    public PasswordHasher(int iterations) {
        if (iterations < 10_000) {
            throw new IllegalArgumentException("at least 10000 iterations");
        }
        this.iterations = iterations;
        this.decoy = hash("decoy password for unknown accounts");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether a stored hash is of another scheme or of a lower cost than this hasher's. */
    public boolean needsRehash(String storedHash) {
        return iterationsOf(storedHash) < iterations;
    }

    /** The iterations a stored hash was made with; 0 when it is not one of ours. */
    public static int iterationsOf(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }

    /** Checks a password against a stored hash; a null hash (no such account) is checked against a decoy and fails. */
    public boolean verify(String password, String storedHash) {
        boolean accountExists = storedHash != null;
        String[] parts = (accountExists ? storedHash : decoy).split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password == null ? "" : password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && accountExists;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Constant-time comparison of two secrets given as text. */
    public static boolean secretsEqual(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
