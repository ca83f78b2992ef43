package dev.microserves.inventory.persistence;

import dev.microserves.inventory.domain.ProductChanged;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock counters. Every change is one UPDATE whose WHERE clause is the rule it must respect
 * ({@code on_hand - reserved >= quantity}, {@code on_hand + delta >= reserved}): PostgreSQL locks
 * the row, re-checks the rule against the latest committed values and changes it, or changes
 * nothing. No value is ever read into Java, changed and written back. The CHECK constraints on
 * the table are the last line of defence. Every change also announces itself
 * ({@link ProductChanged}), for the catalogue's read cache.
 */
@ApplicationScoped
@DatabaseSpan
public class StockRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProductChanged> changes;

    public void create(String sku, int onHand) {
        em.createNativeQuery("insert into stock (sku, on_hand, reserved) values (?1, ?2, 0)")
                .setParameter(1, sku).setParameter(2, onHand).executeUpdate();
        changed(sku, new StockLevel(onHand, 0));
    }

    public Optional<StockLevel> find(String sku) {
        return levels(List.of(sku)).values().stream().findFirst();
    }

    /** The stock of each of {@code skus} that has a stock row. */
    public Map<String, StockLevel> levels(Collection<String> skus) {
        Map<String, StockLevel> levels = new HashMap<>();
        if (skus.isEmpty()) {
            return levels;
        }
        List<?> rows = em.createNativeQuery("select sku, on_hand, reserved from stock where sku in (?1)")
                .setParameter(1, skus).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            levels.put((String) r[0], new StockLevel(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return levels;
    }

    /**
     * Sets {@code quantity} units aside if that many are available: the stock after, or empty (and
     * nothing changed) if not.
     */
    public Optional<StockLevel> tryReserve(String sku, int quantity) {
        return levelsOf(em.createNativeQuery("update stock set reserved = reserved + ?2 "
                        + "where sku = ?1 and on_hand - reserved >= ?2 returning on_hand, reserved")
                .setParameter(1, sku).setParameter(2, quantity).getResultList()).stream().findFirst()
                .map(level -> changed(sku, level));
    }

    /** Gives held units back to available. Returns the stock after. */
    public StockLevel unreserve(String sku, int quantity) {
        return levelAfter(em.createNativeQuery("update stock set reserved = reserved - ?2 "
                        + "where sku = ?1 and reserved >= ?2 returning on_hand, reserved")
                .setParameter(1, sku).setParameter(2, quantity).getResultList(), sku);
    }

    /** Held units leave the warehouse: both on-hand and reserved go down. Returns the stock after. */
    public StockLevel commit(String sku, int quantity) {
        return levelAfter(em.createNativeQuery("update stock set on_hand = on_hand - ?2, reserved = reserved - ?2 "
                        + "where sku = ?1 and reserved >= ?2 returning on_hand, reserved")
                .setParameter(1, sku).setParameter(2, quantity).getResultList(), sku);
    }

    /** Units that had left come back on hand. Returns the stock after. */
    public StockLevel putBack(String sku, int quantity) {
        return levelAfter(em.createNativeQuery("update stock set on_hand = on_hand + ?2 where sku = ?1 "
                        + "returning on_hand, reserved")
                .setParameter(1, sku).setParameter(2, quantity).getResultList(), sku);
    }

    /**
     * Changes on-hand by {@code delta} unless that would drop it below what is reserved or above
     * {@code maxOnHand}. The new stock, or empty when the rule (or a missing row) refused it.
     */
    public Optional<StockLevel> adjust(String sku, int delta, int maxOnHand) {
        return levelsOf(em.createNativeQuery("update stock set on_hand = on_hand + ?2 "
                        + "where sku = ?1 and on_hand + ?2 >= reserved and on_hand + ?2 <= ?3 "
                        + "returning on_hand, reserved")
                .setParameter(1, sku).setParameter(2, delta).setParameter(3, maxOnHand).getResultList())
                .stream().findFirst().map(level -> changed(sku, level));
    }

    /** Tells the catalogue's read cache (after the transaction) that the stock of {@code sku} changed. */
    private StockLevel changed(String sku, StockLevel after) {
        changes.fire(new ProductChanged(sku, false));
        return after;
    }

    private static List<StockLevel> levelsOf(List<?> rows) {
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new StockLevel(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
        }).toList();
    }

    private static void requireOne(int updated, String sku) {
        if (updated != 1) {
            // Held units are always reserved; anything else means the data was changed behind our back.
            throw new IllegalStateException("stock of " + sku + " does not hold the reserved units");
        }
    }

    private StockLevel levelAfter(List<?> rows, String sku) {
        requireOne(rows.size(), sku);
        return changed(sku, levelsOf(rows).get(0));
    }
}
