package dev.microserves.customer.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.InvalidCredentials;
import dev.microserves.customer.domain.PasswordHasher;
import dev.microserves.customer.persistence.CustomerRepository;
import dev.microserves.support.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * after the same work; repeated failures are throttled per account.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    @Inject
    CustomerRepository customers;

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

    public IssuedToken signInCustomer(String email, String password) {
        String principal = "email:" + Customer.normalizeEmail(email);
        throttle.requireNotBlocked(principal);
        Optional<Customer> customer = customers.findByEmail(email);
        if (!passwords.hasher().verify(password, customer.map(Customer::passwordHash).orElse(null))) {
            fail(principal, "customer");
        }
        throttle.recordSuccess(principal);
        Customer c = customer.orElseThrow();
        return issue(c.id().toString(), c.email(), c.role().group(), "customer");
    }

    public IssuedToken signInService(String clientId, String clientSecret) {
        String principal = "client:" + clientId;
        throttle.requireNotBlocked(principal);
        if (!PasswordHasher.secretsEqual(serviceClients.secretOf(clientId).orElse(null), clientSecret)) {
            fail(principal, "service");
        }
        throttle.recordSuccess(principal);
        return issue(clientId, clientId, Roles.SERVICE, "service");
    }

    private void fail(String principal, String kind) {
        throttle.recordFailure(principal);
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
