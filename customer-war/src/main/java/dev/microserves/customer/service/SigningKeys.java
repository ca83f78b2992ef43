package dev.microserves.customer.service;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.microserves.customer.persistence.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key tokens are signed with. Production configures it
 * ({@code microserves.jwt.private-key}: base64 PKCS#8, or PEM); without one, the first instance to
 * start generates a key and keeps it in the database, so every instance and every restart signs
 * with the same key and tokens stay valid.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    SigningKeyRepository stored;

    @Inject
    @ConfigProperty(name = "microserves.jwt.private-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "microserves.jwt.key-id", defaultValue = "microserves-configured")
    String configuredKeyId;

    private volatile RSAKey key;

    /** The signing key with its public half and key id. */
    public RSAKey current() {
        RSAKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                k = key;
            }
        }
        return k;
    }

    /** The public keys, as the JWK Set other services verify tokens against. */
    public String publicJwkSet() {
        return new JWKSet(current().toPublicJWK()).toString();
    }

    /** Runs first inside {@link AdminAccount}'s start-up transaction; later calls use the cached key. */
    private RSAKey load() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            LOG.info("Signing tokens with the configured key " + configuredKeyId);
            return toJwk(configuredKeyId, decode(configuredKey.get()));
        }
        if (stored.oldest().isEmpty()) {
            stored.addIfAbsent(UUID.randomUUID().toString(), generate());
        }
        SigningKeyRepository.StoredKey storedKey = stored.oldest().orElseThrow();
        LOG.info("Signing tokens with the generated key " + storedKey.kid()
                + " kept in the database (configure microserves.jwt.private-key in production)");
        return toJwk(storedKey.kid(), storedKey.privateKey());
    }

    private static byte[] decode(String key) {
        String base64 = key.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
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
}
