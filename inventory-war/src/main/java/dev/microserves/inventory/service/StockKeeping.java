package dev.microserves.inventory.service;

import dev.microserves.inventory.domain.InsufficientStock;
import dev.microserves.inventory.domain.ProductNotFound;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.domain.StockLimitExceeded;
import dev.microserves.inventory.domain.StockMovement;
import dev.microserves.inventory.persistence.ProductRepository;
import dev.microserves.inventory.persistence.StockMovementRepository;
import dev.microserves.inventory.persistence.StockRepository;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/** Admin adjustments of on-hand stock, each kept as a movement, and the movement history. */
@ApplicationScoped
@Transactional
public class StockKeeping {

    private static final Logger LOG = Logger.getLogger(StockKeeping.class.getName());

    @Inject
    StockEvents events;

    @Inject
    StockRepository stock;

    @Inject
    StockMovementRepository movements;

    @Inject
    ProductRepository products;

    @Inject
    InventoryMetrics metrics;

    /**
     * Adds (or, with a negative delta, removes) on-hand units. On-hand never drops below what is
     * reserved: removing more than is available is a 409 {@code insufficient-stock} whose shortage
     * says how many units could be removed.
     */
    public StockLevel adjust(String sku, int delta, String reason, String actor) {
        if (delta == 0 || Math.abs(delta) > StockLevel.MAX_ADJUSTMENT) {
            throw ProblemException.validation("delta", "must be a non-zero whole number between -"
                    + StockLevel.MAX_ADJUSTMENT + " and " + StockLevel.MAX_ADJUSTMENT);
        }
        StockLevel after = stock.adjust(sku, delta, StockLevel.MAX_ON_HAND).orElseThrow(() -> refusal(sku, delta));
        movements.add(StockMovement.adjustment(sku, delta, after.onHand(), reason, actor));
        events.changed(sku, after, Math.max(0, -delta));
        metrics.stockAdjusted(delta);
        LOG.info(() -> "Stock of " + sku + " adjusted by " + delta + " (" + reason + "): " + after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StockMovement> movements(String sku, PageRequest page) {
        if (!products.exists(sku)) {
            throw new ProductNotFound(sku);
        }
        return movements.ofProduct(sku, page);
    }

    /** Why the guarded update changed nothing: no such product, too little stock, or too much. */
    private ProblemException refusal(String sku, int delta) {
        StockLevel current = stock.find(sku).orElse(null);
        if (current == null) {
            return new ProductNotFound(sku);
        }
        if (delta > 0) {
            return new StockLimitExceeded(sku);
        }
        return new InsufficientStock(List.of(current.shortageFor(sku, -delta)));
    }
}
