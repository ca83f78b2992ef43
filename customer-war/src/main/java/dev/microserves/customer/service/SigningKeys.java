package dev.microserves.customer.service;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.microserves.customer.persistence.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key tokens are signed with, and the public keys tokens are verified against.
 *
 * <p>Production configures the key ({@code microserves.jwt.private-key}: base64 PKCS#8, or PEM,
 * with {@code microserves.jwt.key-id}). Rotation is a configuration change: give the new key and
 * kid, and keep the old key's public half as {@code microserves.jwt.previous-public-key} (base64
 * X.509, or PEM) with {@code microserves.jwt.previous-key-id}. The JWK Set then serves both, so the
 * tokens signed before the rotation keep verifying until they expire (one token lifetime); after
 * that the previous key may be dropped.
 *
 * <p>Without a configured key (development), the first instance to start generates one and keeps
 * it in the database; instances starting at once agree on it, because the check and the insert run
 * under one transaction-scoped advisory lock and everyone then reads what is stored.
 */
@ApplicationScoped
@Transactional
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    /** The advisory lock under which an instance looks for, and if need be stores, the generated key. */
    private static final long GENERATION_LOCK = 0x6d6963726f6b6579L; // "microkey"

    @Inject
    SigningKeyRepository stored;

    @Inject
    @ConfigProperty(name = "microserves.jwt.private-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "microserves.jwt.key-id", defaultValue = "microserves-configured")
    String configuredKeyId;

    @Inject
    @ConfigProperty(name = "microserves.jwt.previous-public-key")
    Optional<String> previousPublicKey;

    @Inject
    @ConfigProperty(name = "microserves.jwt.previous-key-id")
    Optional<String> previousKeyId;

    private volatile RSAKey key;
    private volatile JWKSet publicKeys;

    /** The signing key with its public half and key id. */
    public RSAKey current() {
        RSAKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    RSAKey loaded = load();
                    publicKeys = new JWKSet(publicKeys(loaded));
                    key = loaded;
                }
                k = key;
            }
        }
        return k;
    }

    /** The public keys (the current one first, then the previous one if any), as the JWK Set other services verify tokens against. */
    public String publicJwkSet() {
        current();
        return publicKeys.toString();
    }

    private List<JWK> publicKeys(RSAKey signing) {
        List<JWK> keys = new ArrayList<>(2);
        keys.add(signing.toPublicJWK());
        if (previousPublicKey.isPresent() && !previousPublicKey.get().isBlank()) {
            String kid = previousKeyId.filter(id -> !id.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "microserves.jwt.previous-public-key is set: set microserves.jwt.previous-key-id to its kid"));
            if (kid.equals(signing.getKeyID())) {
                throw new IllegalStateException("microserves.jwt.previous-key-id must differ from the current key id");
            }
            keys.add(publicJwk(kid, decode(previousPublicKey.get(), "PUBLIC KEY")));
            LOG.info("Also serving the previous public key " + kid + " until it is removed from the configuration");
        }
        return keys;
    }

    /** Runs first inside {@link AdminAccount}'s start-up; later calls use the cached key. */
    private RSAKey load() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            LOG.info("Signing tokens with the configured key " + configuredKeyId);
            return toJwk(configuredKeyId, decode(configuredKey.get(), "PRIVATE KEY"));
        }
        stored.lockForGeneration(GENERATION_LOCK);
        if (stored.oldest().isEmpty()) {
            stored.addIfAbsent(UUID.randomUUID().toString(), generate());
        }
        SigningKeyRepository.StoredKey storedKey = stored.oldest().orElseThrow();
        LOG.info("Signing tokens with the generated key " + storedKey.kid()
                + " kept in the database (configure microserves.jwt.private-key in production)");
        return toJwk(storedKey.kid(), storedKey.privateKey());
    }

    private static byte[] decode(String key, String pemLabel) {
        String base64 = key.replace("-----BEGIN " + pemLabel + "-----", "")
                .replace("-----END " + pemLabel + "-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static byte[] generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey toJwk(String kid, byte[] pkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(kid)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("microserves.jwt.private-key is not an RSA private key in PKCS#8", e);
        }
    }

    private static RSAKey publicJwk(String kid, byte[] x509) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(x509));
            return new RSAKey.Builder(publicKey).keyID(kid)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("microserves.jwt.previous-public-key is not an RSA public key in X.509", e);
        }
    }
}
