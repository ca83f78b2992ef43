package dev.microserves.customer.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.microserves.customer.domain.InvalidCredentials;
import dev.microserves.customer.domain.PasswordHasher;
import dev.microserves.support.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Signs in customers (email + password) and service clients (client id + secret) and issues
 * their RS256 tokens. Wrong credentials get the same answer whether or not the account exists,
 * after the same work; repeated failures are throttled per account and per source address
 * ({@link LoginThrottle}). Not transactional: the password hash runs between the short
 * transactions of {@link Credentials}, holding no connection.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    @Inject
    Credentials credentials;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    ServiceClients serviceClients;

    @Inject
    SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "microserves.jwt.ttl-seconds", defaultValue = "3600")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "microserves.jwt.issuer", defaultValue = "microserves")
    String issuer;

    @Inject
    @ConfigProperty(name = "microserves.jwt.audience", defaultValue = "microserves")
    String audience;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    /** An issued token and how many seconds it lives. */
    public record IssuedToken(String accessToken, long expiresIn) {
    }

    /**
     * A person's sign-in from {@code sourceAddress}: 429 while the account or the source is
     * throttled; a hash below the configured cost is upgraded once the password proved right.
     */
    public IssuedToken signInCustomer(String email, String password, String sourceAddress) {
        LoginThrottle.Attempt attempt = LoginThrottle.Attempt.customer(email, sourceAddress);
        Optional<Credentials.Credential> credential = credentials.forSignIn(attempt, email);
        PasswordHasher hasher = passwords.hasher();
        String storedHash = credential.map(Credentials.Credential::passwordHash).orElse(null);
        if (!hasher.verify(password, storedHash)) {
            fail(attempt, "customer");
        }
        Credentials.Credential c = credential.orElseThrow();
        String upgradedHash = hasher.needsRehash(storedHash) ? hasher.hash(password) : null;
        credentials.signedIn(attempt, c, upgradedHash);
        return issue(c.customerId().toString(), c.email(), c.group(), "customer");
    }

    /**
     * A service client's sign-in. The right secret always gets its token, whatever others did
     * (the client id is published, so anyone could otherwise lock the order service out); wrong
     * secrets are throttled per source address only.
     */
    public IssuedToken signInService(String clientId, String clientSecret, String sourceAddress) {
        if (!PasswordHasher.secretsEqual(serviceClients.secretOf(clientId).orElse(null), clientSecret)) {
            LoginThrottle.Attempt attempt = LoginThrottle.Attempt.service(sourceAddress);
            throttle.requireNotBlocked(attempt);
            fail(attempt, "service");
        }
        return issue(clientId, clientId, Roles.SERVICE, "service");
    }

    private void fail(LoginThrottle.Attempt attempt, String kind) {
        throttle.recordFailure(attempt);
        metrics.counter("token_requests_total", new Tag("kind", kind), new Tag("outcome", "rejected")).inc();
        LOG.info(() -> "Rejected sign-in for " + kind + " account");
        throw new InvalidCredentials();
    }

    private IssuedToken issue(String subject, String upn, String group, String kind) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .claim("upn", upn)
                .claim("groups", List.of(group))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ttlSeconds)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        var key = signingKeys.current();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            metrics.counter("token_requests_total", new Tag("kind", kind), new Tag("outcome", "issued")).inc();
            return new IssuedToken(jwt.serialize(), ttlSeconds);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
