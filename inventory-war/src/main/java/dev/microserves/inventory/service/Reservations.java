package dev.microserves.inventory.service;

import dev.microserves.inventory.domain.InsufficientStock;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.RequestedItem;
import dev.microserves.inventory.domain.RequestedItems;
import dev.microserves.inventory.domain.Reservation;
import dev.microserves.inventory.domain.ReservationLine;
import dev.microserves.inventory.domain.ReservationNotFound;
import dev.microserves.inventory.domain.Shortage;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.domain.StockMovement;
import dev.microserves.inventory.domain.UnknownProduct;
import dev.microserves.inventory.persistence.ProductRepository;
import dev.microserves.inventory.persistence.ReservationRepository;
import dev.microserves.inventory.persistence.StockMovementRepository;
import dev.microserves.inventory.persistence.StockRepository;
import dev.microserves.inventory.service.InventoryMetrics.Outcome;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reservations: hold stock for an order (all lines or none), then commit, release or return it.
 *
 * <p>Locks, always in this order, so that no two transactions can wait for each other: the order's
 * advisory lock (reserve only), the reservation's row (transitions), then stock rows sorted by sku.
 * Each stock row is changed by one guarded UPDATE, so the database decides whether units are there.
 */
@ApplicationScoped
@Transactional
public class Reservations {

    private static final Logger LOG = Logger.getLogger(Reservations.class.getName());

    @Inject
    StockEvents events;

    @Inject
    ReservationRepository reservations;

    @Inject
    ProductRepository products;

    @Inject
    StockRepository stock;

    @Inject
    StockMovementRepository movements;

    @Inject
    InventoryMetrics metrics;

    @Inject
    @ConfigProperty(name = "microserves.reservations.ttl-seconds", defaultValue = "900")
    long ttlSeconds;

    /** A reservation, and whether this request created it or found the order's earlier one. */
    public record Reserved(Reservation reservation, boolean created) {
    }

    /**
     * Holds every requested line for the order, or nothing: an unknown sku is a 422, a short line
     * a 409 listing every short line. An order that already has a reservation gets that one back.
     */
    public Reserved reserve(UUID orderId, RequestedItems items) {
        reservations.lockOrder(orderId);
        var earlier = reservations.findByOrderId(orderId);
        if (earlier.isPresent()) {
            metrics.reservation(Outcome.REPEATED);
            return new Reserved(earlier.get(), false);
        }
        Map<String, Product> known = products.findAll(items.skus());
        List<String> unknown = items.skus().stream().filter(sku -> !known.containsKey(sku)).toList();
        if (!unknown.isEmpty()) {
            metrics.reservation(Outcome.UNKNOWN_PRODUCT);
            throw new UnknownProduct(unknown);
        }
        List<Shortage> shortages = new ArrayList<>();
        for (RequestedItem item : items.inLockOrder()) {
            Optional<StockLevel> after = stock.tryReserve(item.sku(), item.quantity());
            if (after.isEmpty()) {
                shortages.add(stock.find(item.sku()).orElse(StockLevel.NONE).shortageFor(item.sku(), item.quantity()));
            } else {
                events.changed(item.sku(), after.get(), item.quantity());
            }
        }
        if (!shortages.isEmpty()) {
            // Thrown inside the transaction: the lines that were set aside are rolled back with it.
            metrics.reservation(Outcome.INSUFFICIENT_STOCK);
            throw new InsufficientStock(shortages);
        }
        Reservation reservation = Reservation.hold(orderId, items, known, Instant.now(), ttl());
        reservations.save(reservation);
        metrics.reservation(Outcome.HELD);
        LOG.info(() -> "Reservation " + reservation.id() + " holds stock for order " + orderId
                + " until " + reservation.expiresAt());
        return new Reserved(reservation, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reservation get(UUID id) {
        return reservations.find(id).orElseThrow(() -> new ReservationNotFound(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Reservation> search(UUID orderId, PageRequest page) {
        return reservations.search(orderId, page);
    }

    /** The held units leave on-hand (each kept as a movement). A repeat changes nothing. */
    public Reservation commit(UUID id) {
        Reservation reservation = lock(id);
        if (reservation.commit(Instant.now())) {
            for (ReservationLine line : reservation.linesInLockOrder()) {
                StockLevel after = stock.commit(line.sku(), line.quantity());
                movements.add(StockMovement.committed(line.sku(), line.quantity(), after.onHand(), id));
                events.changed(line.sku(), after, 0);
            }
            metrics.reservation(Outcome.COMMITTED);
        }
        return reservation;
    }

    /** The held units become available again. A repeat changes nothing. */
    public Reservation release(UUID id) {
        Reservation reservation = lock(id);
        if (reservation.release(Instant.now())) {
            for (ReservationLine line : reservation.linesInLockOrder()) {
                events.changed(line.sku(), stock.unreserve(line.sku(), line.quantity()), 0);
            }
            metrics.reservation(Outcome.RELEASED);
        }
        return reservation;
    }

    /** The committed units come back on hand (each kept as a movement). A repeat changes nothing. */
    public Reservation returnToStock(UUID id) {
        Reservation reservation = lock(id);
        if (reservation.returnToStock(Instant.now())) {
            for (ReservationLine line : reservation.linesInLockOrder()) {
                StockLevel after = stock.putBack(line.sku(), line.quantity());
                movements.add(StockMovement.returned(line.sku(), line.quantity(), after.onHand(), id));
                events.changed(line.sku(), after, 0);
            }
            metrics.reservation(Outcome.RETURNED);
        }
        return reservation;
    }

    /**
     * Releases up to {@code limit} holds whose deadline has passed; returns how many. Their units
     * are summed per sku and given back in sku order, the same lock order every other transaction
     * follows, however many reservations the batch holds.
     */
    public int expireDue(Instant now, int limit) {
        SortedMap<String, Integer> toUnreserve = new TreeMap<>();
        int expired = 0;
        for (Reservation reservation : reservations.lockExpired(now, limit)) {
            if (reservation.expire(now)) {
                expired++;
                reservation.lines().forEach(line -> toUnreserve.merge(line.sku(), line.quantity(), Integer::sum));
            }
        }
        toUnreserve.forEach((sku, quantity) -> events.changed(sku, stock.unreserve(sku, quantity), 0));
        metrics.expirations(expired);
        return expired;
    }

    private Reservation lock(UUID id) {
        return reservations.findForUpdate(id).orElseThrow(() -> new ReservationNotFound(id));
    }

    private Duration ttl() {
        return Duration.ofSeconds(Math.max(1, ttlSeconds));
    }
}
