package dev.microserves.inventory.persistence;

import dev.microserves.inventory.domain.ProductChanged;
import dev.microserves.inventory.domain.StockLevel;
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
public class StockRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProductChanged> changes;

    public void create(String sku, int onHand) {
        em.createNativeQuery("insert into stock (sku, on_hand, reserved) values (?1, ?2, 0)")
                .setParameter(1, sku).setParameter(2, onHand).executeUpdate();
        changed(sku);
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

    /** Sets {@code quantity} units aside if that many are available; false (and nothing changed) if not. */
    public boolean tryReserve(String sku, int quantity) {
        boolean reserved = em.createNativeQuery("update stock set reserved = reserved + ?2 "
                        + "where sku = ?1 and on_hand - reserved >= ?2")
                .setParameter(1, sku).setParameter(2, quantity).executeUpdate() == 1;
        if (reserved) {
            changed(sku);
        }
        return reserved;
    }

    /** Gives held units back to available. */
    public void unreserve(String sku, int quantity) {
        requireOne(em.createNativeQuery("update stock set reserved = reserved - ?2 where sku = ?1 and reserved >= ?2")
                .setParameter(1, sku).setParameter(2, quantity).executeUpdate(), sku);
        changed(sku);
    }

    /** Held units leave the warehouse: both on-hand and reserved go down. Returns on-hand after. */
    public int commit(String sku, int quantity) {
        return onHandAfter(em.createNativeQuery("update stock set on_hand = on_hand - ?2, reserved = reserved - ?2 "
                        + "where sku = ?1 and reserved >= ?2 returning on_hand")
                .setParameter(1, sku).setParameter(2, quantity).getResultList(), sku);
    }

    /** Units that had left come back on hand. Returns on-hand after. */
    public int putBack(String sku, int quantity) {
        return onHandAfter(em.createNativeQuery("update stock set on_hand = on_hand + ?2 where sku = ?1 returning on_hand")
                .setParameter(1, sku).setParameter(2, quantity).getResultList(), sku);
    }

    /**
     * Changes on-hand by {@code delta} unless that would drop it below what is reserved or above
     * {@code maxOnHand}. The new stock, or empty when the rule (or a missing row) refused it.
     */
    public Optional<StockLevel> adjust(String sku, int delta, int maxOnHand) {
        List<?> rows = em.createNativeQuery("update stock set on_hand = on_hand + ?2 "
                        + "where sku = ?1 and on_hand + ?2 >= reserved and on_hand + ?2 <= ?3 "
                        + "returning on_hand, reserved")
                .setParameter(1, sku).setParameter(2, delta).setParameter(3, maxOnHand).getResultList();
        Optional<StockLevel> after = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new StockLevel(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
        }).findFirst();
        after.ifPresent(level -> changed(sku));
        return after;
    }

    private void changed(String sku) {
        changes.fire(new ProductChanged(sku, false));
    }

    private static void requireOne(int updated, String sku) {
        if (updated != 1) {
            // Held units are always reserved; anything else means the data was changed behind our back.
            throw new IllegalStateException("stock of " + sku + " does not hold the reserved units");
        }
    }

    private int onHandAfter(List<?> rows, String sku) {
        requireOne(rows.size(), sku);
        changed(sku);
        return ((Number) rows.get(0)).intValue();
    }
}
