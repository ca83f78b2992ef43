package dev.microserves.order.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last view of each customer the customer service sent, with its ETag, so that the next read
 * of the same customer can ask "still this version?" ({@code If-None-Match}) and be answered by a
 * bodiless 304. It never answers on its own: every use is revalidated, so what an order sees is
 * exactly as current as without it. Bounded in size (least recently used leaves first) and in age
 * (an old entry is read afresh, so a customer who stopped ordering does not stay in memory).
 * Limits: {@code microserves.customer.cache.*}.
 */
@ApplicationScoped
public class CustomerCache {

    /** A customer as last read, its version tag, and when it was read in full. */
    record Entry(String etag, CustomerView view, Instant readAt) {
    }

    @Inject
    @ConfigProperty(name = "microserves.customer.cache.max-entries", defaultValue = "10000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "microserves.customer.cache.max-age-seconds", defaultValue = "600")
    long maxAgeSeconds;

    private final Clock clock = Clock.systemUTC();
    private Map<UUID, Entry> entries;

    @PostConstruct
    void init() {
        int capacity = Math.max(0, maxEntries);
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The entry to revalidate, unless there is none or it is older than the age limit. */
    synchronized Optional<Entry> revalidatable(UUID customerId) {
        Entry entry = entries.get(customerId);
        if (entry == null) {
            return Optional.empty();
        }
        if (Duration.between(entry.readAt(), clock.instant()).getSeconds() >= maxAgeSeconds) {
            entries.remove(customerId);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Keeps a full answer; one without an ETag cannot be revalidated, so it replaces nothing. */
    synchronized void keep(UUID customerId, String etag, CustomerView view) {
        if (etag == null || etag.isBlank() || maxEntries <= 0) {
            entries.remove(customerId);
            return;
        }
        entries.put(customerId, new Entry(etag, view, clock.instant()));
    }

    synchronized void forget(UUID customerId) {
        entries.remove(customerId);
    }
}
