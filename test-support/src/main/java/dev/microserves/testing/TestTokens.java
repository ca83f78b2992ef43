package dev.microserves.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens for tests, signed with a key made for this test run. The services under test are
 * configured with this key (customer service) or its JWK Set (the others), exactly as production
 * is configured with the real one; {@link #foreign(String, String...)} signs with a key nobody trusts.
 */
public final class TestTokens {

    public static final String KEY_ID = "it-key";

    private static final KeyPair KEYS = generate();
    private static final KeyPair FOREIGN_KEYS = generate();

    private TestTokens() {
    }

    public static String customer(String customerId) {
        return mint(customerId, Duration.ofMinutes(10), "customer");
    }

    public static String admin() {
        return mint("00000000-0000-0000-0000-0000000000ad", Duration.ofMinutes(10), "admin");
    }

    public static String service() {
        return mint("order-service", Duration.ofMinutes(10), "service");
    }

    /** A token that expired an hour ago, far beyond any clock skew. */
    public static String expired(String subject, String... groups) {
        return sign(KEYS, claims(subject, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1), groups));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String foreign(String subject, String... groups) {
        return sign(FOREIGN_KEYS, claims(subject, Instant.now(), Duration.ofMinutes(10), groups));
    }

    public static String mint(String subject, Duration ttl, String... groups) {
        return sign(KEYS, claims(subject, Instant.now(), ttl, groups));
    }

    static String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded());
    }

    static String jwks() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                .keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        return new JWKSet(key).toString();
    }

    private static JWTClaimsSet claims(String subject, Instant issuedAt, Duration ttl, String... groups) {
        return new JWTClaimsSet.Builder()
                .issuer("microserves")
                .audience("microserves")
                .subject(subject)
                .claim("upn", subject)
                .claim("groups", List.of(groups))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
