package dev.microserves.recommendation.persistence;

import dev.microserves.recommendation.domain.Reason;
import dev.microserves.recommendation.domain.Recommendation;
import dev.microserves.recommendation.domain.TopSeller;
import dev.microserves.support.persistence.DatabaseSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The derived tables (V1__recommendations.sql). Writes run inside the caller's transaction (the
 * service layer's); the ranking queries order by score descending, then sku ascending.
 */
@ApplicationScoped
@DatabaseSpan
public class RecommendationTables {

    @PersistenceContext
    EntityManager em;

    /** Records an event id; false when it was recorded before (a repeated delivery). */
    public boolean markProcessed(UUID eventId, String topic, String type) {
        return em.createNativeQuery("INSERT INTO processed_events (event_id, topic, type) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, eventId).setParameter(2, topic).setParameter(3, type)
                .executeUpdate() == 1;
    }

    public boolean isCounted(UUID orderId) {
        return !em.createNativeQuery("SELECT 1 FROM purchases WHERE order_id = ?1 LIMIT 1")
                .setParameter(1, orderId).getResultList().isEmpty();
    }

    /** Counts a confirmed order: its lines, its units, and each pair of its products once. */
    public void count(UUID orderId, UUID customerId, Map<String, Integer> quantitiesBySku) {
        quantitiesBySku.forEach((sku, quantity) -> em.createNativeQuery(
                        "INSERT INTO purchases (order_id, sku, customer_id, quantity) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, orderId).setParameter(2, sku).setParameter(3, customerId).setParameter(4, quantity)
                .executeUpdate());
        em.createNativeQuery("INSERT INTO sku_units (sku, units) SELECT sku, quantity FROM purchases WHERE order_id = ?1 "
                        + "ON CONFLICT (sku) DO UPDATE SET units = sku_units.units + EXCLUDED.units")
                .setParameter(1, orderId).executeUpdate();
        em.createNativeQuery("INSERT INTO co_purchases (sku_a, sku_b, orders) "
                        + "SELECT a.sku, b.sku, 1 FROM purchases a JOIN purchases b ON b.order_id = a.order_id AND b.sku <> a.sku "
                        + "WHERE a.order_id = ?1 "
                        + "ON CONFLICT (sku_a, sku_b) DO UPDATE SET orders = co_purchases.orders + 1")
                .setParameter(1, orderId).executeUpdate();
    }

    /** Takes back exactly what {@link #count} added for the order (nothing if it was not counted). */
    public void uncount(UUID orderId) {
        em.createNativeQuery("UPDATE co_purchases c SET orders = c.orders - 1 "
                        + "FROM purchases a JOIN purchases b ON b.order_id = a.order_id AND b.sku <> a.sku "
                        + "WHERE a.order_id = ?1 AND c.sku_a = a.sku AND c.sku_b = b.sku")
                .setParameter(1, orderId).executeUpdate();
        em.createNativeQuery("UPDATE sku_units u SET units = u.units - p.quantity FROM purchases p "
                        + "WHERE p.order_id = ?1 AND u.sku = p.sku")
                .setParameter(1, orderId).executeUpdate();
        // Rows at zero go, so that a table after cancellations equals one that never saw the orders.
        em.createNativeQuery("DELETE FROM co_purchases WHERE orders <= 0 "
                        + "AND sku_a IN (SELECT sku FROM purchases WHERE order_id = ?1)")
                .setParameter(1, orderId).executeUpdate();
        em.createNativeQuery("DELETE FROM sku_units WHERE units <= 0 "
                        + "AND sku IN (SELECT sku FROM purchases WHERE order_id = ?1)")
                .setParameter(1, orderId).executeUpdate();
        em.createNativeQuery("DELETE FROM purchases WHERE order_id = ?1").setParameter(1, orderId).executeUpdate();
    }

    public void categorize(String sku, String category) {
        em.createNativeQuery("INSERT INTO sku_categories (sku, category) VALUES (?1, ?2) "
                        + "ON CONFLICT (sku) DO UPDATE SET category = EXCLUDED.category")
                .setParameter(1, sku).setParameter(2, category).executeUpdate();
    }

    /** Empties every table, the record of processed events included, for a replay from the start. */
    public void clear() {
        em.createNativeQuery("TRUNCATE processed_events, purchases, co_purchases, sku_units, sku_categories")
                .executeUpdate();
    }

    public Optional<String> categoryOf(String sku) {
        List<?> rows = em.createNativeQuery("SELECT category FROM sku_categories WHERE sku = ?1")
                .setParameter(1, sku).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** The products bought with {@code sku} in at least {@code minSupport} orders. */
    public List<Recommendation> boughtWith(String sku, int minSupport, int max) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT sku_b, orders FROM co_purchases "
                        + "WHERE sku_a = ?1 AND orders >= ?2 ORDER BY orders DESC, sku_b ASC LIMIT ?3")
                .setParameter(1, sku).setParameter(2, minSupport).setParameter(3, max).getResultList());
        return rows.stream().map(r -> new Recommendation((String) r[0], ((Number) r[1]).longValue(),
                Reason.BOUGHT_TOGETHER)).toList();
    }

    /**
     * What was bought with the customer's products and not by the customer: each partner scored by
     * the orders it shares with any of them, counting only pairs with at least {@code minSupport}.
     */
    public List<Recommendation> boughtWithCustomersProducts(UUID customerId, int minSupport, int max) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT c.sku_b, SUM(c.orders) AS score FROM co_purchases c "
                        + "WHERE c.sku_a IN (SELECT sku FROM purchases WHERE customer_id = ?1) "
                        + "AND c.sku_b NOT IN (SELECT sku FROM purchases WHERE customer_id = ?1) AND c.orders >= ?2 "
                        + "GROUP BY c.sku_b ORDER BY score DESC, c.sku_b ASC LIMIT ?3")
                .setParameter(1, customerId).setParameter(2, minSupport).setParameter(3, max).getResultList());
        return rows.stream().map(r -> new Recommendation((String) r[0], ((Number) r[1]).longValue(),
                Reason.BOUGHT_TOGETHER)).toList();
    }

    /** The products the customer has bought (in confirmed, not cancelled orders). */
    public List<String> boughtBy(UUID customerId) {
        return em.createNativeQuery("SELECT DISTINCT sku FROM purchases WHERE customer_id = ?1 ORDER BY sku")
                .setParameter(1, customerId).getResultList().stream().map(Object::toString).toList();
    }

    /** The best sellers, of one category or (null) of the shop, with the customer's own products left out if given. */
    public List<TopSeller> topSellers(String category, UUID notBoughtBy, int max) {
        StringBuilder sql = new StringBuilder("SELECT u.sku, u.units FROM sku_units u WHERE u.units > 0");
        if (category != null) {
            sql.append(" AND u.sku IN (SELECT sku FROM sku_categories WHERE category = :category)");
        }
        if (notBoughtBy != null) {
            sql.append(" AND u.sku NOT IN (SELECT sku FROM purchases WHERE customer_id = :customer)");
        }
        sql.append(" ORDER BY u.units DESC, u.sku ASC LIMIT :max");
        var query = em.createNativeQuery(sql.toString()).setParameter("max", max);
        if (category != null) {
            query.setParameter("category", category);
        }
        if (notBoughtBy != null) {
            query.setParameter("customer", notBoughtBy);
        }
        List<Object[]> rows = rows(query.getResultList());
        return rows.stream().map(r -> new TopSeller((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
