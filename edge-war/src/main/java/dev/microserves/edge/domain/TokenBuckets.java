package dev.microserves.edge.domain;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client rate limiting by token bucket: each client may send {@code burst} requests at once,
 * and earns {@code perSecond} more each second up to that burst; a request finding less than one
 * token is refused, and told when the next token is earned.
 *
 * <p>Memory is bounded: at most {@code maxClients} buckets, kept in least-recently-used order. A
 * bucket that has been idle long enough to be full again is the same as no bucket at all, so such
 * buckets are forgotten first (oldest first, which the order makes cheap: every bucket removed was
 * added once, so the work per request is constant on average); when all remembered clients are
 * active, the longest idle is forgotten. A flood of distinct clients therefore costs no more than
 * {@code maxClients} buckets, and at worst hands a forgotten client a fresh burst.
 *
 * <p>One lock for all clients: each admission is a few arithmetic operations under it.
 */
public final class TokenBuckets {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    private final double perNano;
    private final double burst;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param perSecond  tokens earned per second (greater than 0)
     * @param burst      the most tokens a client holds (at least 1)
     * @param maxClients the most clients remembered (at least 1)
     * @param nanoClock  monotonic nanoseconds ({@code System::nanoTime})
     */
    public TokenBuckets(double perSecond, int burst, int maxClients, LongSupplier nanoClock) {
        if (!(perSecond > 0) || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("Rate limits need perSecond > 0, burst >= 1, maxClients >= 1; got "
                    + perSecond + ", " + burst + ", " + maxClients);
        }
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
    }

    /** Takes a token from the client's bucket, if it has one. */
    public synchronized Admission admit(String client) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            makeRoom(now);
            bucket = new Bucket(burst, now);
            buckets.put(client, bucket);
        } else {
            bucket.tokens = tokensAt(bucket, now);
            bucket.updatedAt = now;
        }
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Admission.ALLOWED;
        }
        double nanosToNextToken = (1 - bucket.tokens) / perNano;
        return Admission.refused((long) Math.ceil(nanosToNextToken / NANOS_PER_SECOND));
    }

    /** How many clients are remembered. */
    public synchronized int clients() {
        return buckets.size();
    }

    private void makeRoom(long now) {
        Iterator<Bucket> leastRecent = buckets.values().iterator();
        while (leastRecent.hasNext()) {
            Bucket eldest = leastRecent.next();
            if (buckets.size() >= maxClients || tokensAt(eldest, now) >= burst) {
                leastRecent.remove();
            } else {
                return;
            }
        }
    }

    private double tokensAt(Bucket bucket, long now) {
        return Math.min(burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perNano);
    }
}
