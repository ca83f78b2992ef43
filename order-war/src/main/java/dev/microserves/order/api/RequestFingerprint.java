package dev.microserves.order.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a request body's JSON form, kept with the order so that a request reusing an
 * Idempotency-Key for a different order is refused even after the stored answer was released.
 */
final class RequestFingerprint {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private RequestFingerprint() {
    }

    static String of(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSONB.toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
