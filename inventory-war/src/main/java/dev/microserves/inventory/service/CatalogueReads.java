package dev.microserves.inventory.service;

import dev.microserves.inventory.domain.ProductChanged;
import dev.microserves.inventory.domain.ProductNotFound;
import dev.microserves.inventory.service.Catalogue.ProductView;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public product reads, served from memory: a product with its stock, and which skus a search
 * page lists. Without it every read was two or three queries, each in its own autocommit transaction.
 *
 * <p>How fresh an answer is: every change to a product or its stock made through this server
 * ({@link ProductChanged}, fired by the repositories) drops the cached entry once its transaction
 * has completed, so the next read after a commit answers from the database. A load that began
 * before such a change never stores what it read (each entry is compared by identity before it is
 * replaced, and a change always puts a new one). Changes this server cannot see (another instance
 * of the service on the same database, a hand-made SQL change) show within
 * {@code microserves.catalogue.read-cache-ms} (500 ms by default; 0 turns the cache off).
 * Reservations never read from here: they check and hold stock in the database itself, and take
 * their prices from it, so this cache can neither oversell nor charge an old price.
 */
@ApplicationScoped
public class CatalogueReads {

    /** Beyond this many distinct searches the remembered ones are all forgotten (a search text is free). */
    static final int MAX_SEARCHES = 1_000;

    @Inject
    Catalogue catalogue;

    @Inject
    @ConfigProperty(name = "microserves.catalogue.read-cache-ms", defaultValue = "500")
    long ttlMillis;

    /** One entry per sku ever read or changed: no entry is ever removed (see {@link #store}). */
    private final Map<String, Entry> products = new ConcurrentHashMap<>();
    private final Map<SearchKey, Listing> searches = new ConcurrentHashMap<>();
    /** Bumped by every product creation or edit: a listing of an older generation is not used. */
    private final AtomicLong listingGeneration = new AtomicLong();

    /** A product with its stock, as read at one moment; {@link #rendered} memoises a representation of it. */
    public static final class CachedProduct {
        private final ProductView view;
        private volatile Object rendering;

        CachedProduct(ProductView view) {
            this.view = view;
        }

        public ProductView view() {
            return view;
        }

        /** {@code render} applied to this view, computed once (the same function at every call). */
        @SuppressWarnings("unchecked")
        public <T> T rendered(Function<ProductView, T> render) {
            Object r = rendering;
            if (r == null) {
                r = render.apply(view);
                rendering = r;
            }
            return (T) r;
        }
    }

    /** The product with its stock; {@link ProductNotFound} when there is none (never cached). */
    public CachedProduct product(String sku) {
        Entry seen = products.get(sku);
        if (isFresh(seen)) {
            return seen.product;
        }
        long loadedAt = System.nanoTime();
        CachedProduct loaded = new CachedProduct(catalogue.get(sku));
        store(sku, seen, loaded, loadedAt);
        return loaded;
    }

    /** A search page; the listing (which skus, how many in all) and each product come from memory when fresh. */
    public Page<ProductView> search(String category, String text, PageRequest page) {
        if (ttlMillis <= 0) {
            return catalogue.search(category, text, page);
        }
        SearchKey key = new SearchKey(category, text == null ? "" : text, page.offset(), page.size());
        long generation = listingGeneration.get();
        Listing listing = searches.get(key);
        if (listing == null || listing.generation != generation || isOld(listing.loadedAt)) {
            long loadedAt = System.nanoTime();
            Page<ProductView> found = catalogue.search(category, text, page);
            if (searches.size() >= MAX_SEARCHES) {
                searches.clear();
            }
            searches.put(key, new Listing(found.map(v -> v.product().sku()), generation, loadedAt));
            return found;
        }
        // Products are never deleted, so every listed sku has its view.
        Map<String, ProductView> views = views(listing.skus.items());
        return listing.skus.map(views::get);
    }

    /**
     * Drops what is cached of the changed product once the transaction that changed it has completed
     * (committed or not: a rollback only costs a reload), or at once outside a transaction.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ProductChanged change) {
        if (change.listing()) {
            listingGeneration.incrementAndGet();
        }
        // Always a new entry, never a removal: a load that started before sees its snapshot replaced.
        products.put(change.sku(), new Entry(null, 0));
    }

    /** The views of {@code skus}, from memory where fresh, the rest in one batch from the database. */
    private Map<String, ProductView> views(List<String> skus) {
        Map<String, ProductView> views = new LinkedHashMap<>();
        Map<String, Entry> stale = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String sku : skus) {
            Entry seen = products.get(sku);
            if (isFresh(seen)) {
                views.put(sku, seen.product.view());
            } else {
                missing.add(sku);
                stale.put(sku, seen);
            }
        }
        if (!missing.isEmpty()) {
            long loadedAt = System.nanoTime();
            catalogue.views(missing).forEach((sku, view) -> {
                views.put(sku, view);
                store(sku, stale.get(sku), new CachedProduct(view), loadedAt);
            });
        }
        return views;
    }

    /** Keeps {@code loaded} unless the entry changed since {@code seen} was read (a change came in meanwhile). */
    private void store(String sku, Entry seen, CachedProduct loaded, long loadedAt) {
        if (ttlMillis <= 0) {
            return;
        }
        Entry entry = new Entry(loaded, loadedAt);
        if (seen == null) {
            products.putIfAbsent(sku, entry);
        } else {
            products.replace(sku, seen, entry);
        }
    }

    private boolean isFresh(Entry entry) {
        return entry != null && entry.product != null && !isOld(entry.loadedAt);
    }

    private boolean isOld(long loadedAtNanos) {
        return System.nanoTime() - loadedAtNanos >= ttlMillis * 1_000_000L;
    }

    /** What is known of one sku; compared by identity, so that a replacement is detected. */
    private static final class Entry {
        final CachedProduct product;
        final long loadedAt;

        Entry(CachedProduct product, long loadedAt) {
            this.product = product;
            this.loadedAt = loadedAt;
        }
    }

    private record SearchKey(String category, String text, int offset, int size) {
    }

    private record Listing(Page<String> skus, long generation, long loadedAt) {
    }
}
