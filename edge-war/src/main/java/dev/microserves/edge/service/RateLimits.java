package dev.microserves.edge.service;

import dev.microserves.edge.domain.Admission;
import dev.microserves.edge.domain.TokenBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The storefront's per-client limit ({@code microserves.edge.rate-limit.*}). A client is the
 * verified token's subject, or the source address of an anonymous request: never anything a
 * client can choose freely, so that no one earns a fresh burst by varying a header.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "microserves.edge.rate-limit.requests-per-second", defaultValue = "20")
    double requestsPerSecond;

    @Inject
    @ConfigProperty(name = "microserves.edge.rate-limit.burst", defaultValue = "40")
    int burst;

    @Inject
    @ConfigProperty(name = "microserves.edge.rate-limit.max-clients", defaultValue = "10000")
    int maxClients;

    @Inject
    StorefrontMetrics metrics;

    private TokenBuckets buckets;

    @PostConstruct
    void configure() {
        buckets = new TokenBuckets(requestsPerSecond, burst, maxClients, System::nanoTime);
    }

    /** Lets the request go on, or refuses it with {@link RateLimited}. */
    public void admit(String subject, String sourceAddress) {
        Admission admission = buckets.admit(subject != null ? "sub:" + subject : "addr:" + sourceAddress);
        if (!admission.allowed()) {
            metrics.rateLimited();
            throw new RateLimited(admission.retryAfterSeconds());
        }
    }
}
