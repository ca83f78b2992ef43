package dev.microserves.inventory.service;

import dev.microserves.inventory.domain.Money;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.ProductNotFound;
import dev.microserves.inventory.domain.SkuTaken;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.domain.StockMovement;
import dev.microserves.inventory.domain.UnsupportedCurrency;
import dev.microserves.inventory.persistence.ProductRepository;
import dev.microserves.inventory.persistence.StockMovementRepository;
import dev.microserves.inventory.persistence.StockRepository;
import dev.microserves.support.web.ETags;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The product catalogue: create, read, search and change products (each with its stock). */
@ApplicationScoped
@Transactional
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class.getName());

    @Inject
    StockEvents events;

    @Inject
    ProductRepository products;

    @Inject
    StockRepository stock;

    @Inject
    StockMovementRepository movements;

    @Inject
    @ConfigProperty(name = "microserves.currency", defaultValue = "USD")
    String currency;

    /** A product to create, with the stock it starts with. */
    public record NewProduct(String sku, String name, String description, String category, Money price,
                             int weightGrams, int initialStock) {
    }

    /** A partial change; null leaves a field as it is (a blank description removes it). */
    public record ProductChange(String name, String description, String category, Money price, Integer weightGrams) {
    }

    /** A product with its current stock. */
    public record ProductView(Product product, StockLevel stock) {
    }

    public ProductView create(NewProduct request, String actor) {
        requireDeploymentCurrency(request.price());
        if (products.exists(request.sku())) {
            throw new SkuTaken(request.sku());
        }
        Product product = new Product(request.sku(), request.name(), request.description(), request.category(),
                request.price(), request.weightGrams());
        try {
            products.save(product);
        } catch (PersistenceException concurrentTwin) {
            // The primary key caught a creation that raced this one.
            throw new SkuTaken(request.sku());
        }
        stock.create(product.sku(), request.initialStock());
        if (request.initialStock() > 0) {
            movements.add(StockMovement.initial(product.sku(), request.initialStock(), actor));
        }
        StockLevel level = new StockLevel(request.initialStock(), 0);
        events.changed(product, level);
        LOG.info(() -> "Product " + product.sku() + " created with " + request.initialStock() + " on hand");
        return new ProductView(product, level);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductView get(String sku) {
        Product product = products.find(sku).orElseThrow(() -> new ProductNotFound(sku));
        return new ProductView(product, stock.find(sku).orElse(StockLevel.NONE));
    }

    /** Each of {@code skus} that exists, with its stock (two queries, whatever their number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ProductView> views(Collection<String> skus) {
        Map<String, Product> found = products.findAll(skus);
        Map<String, StockLevel> levels = stock.levels(found.keySet());
        Map<String, ProductView> views = new HashMap<>();
        found.forEach((sku, p) -> views.put(sku, new ProductView(p, levels.getOrDefault(sku, StockLevel.NONE))));
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductView> search(String category, String text, PageRequest page) {
        Page<Product> found = products.search(category, text, page);
        Map<String, StockLevel> levels = stock.levels(found.items().stream().map(Product::sku).toList());
        return found.map(p -> new ProductView(p, levels.getOrDefault(p.sku(), StockLevel.NONE)));
    }

    /**
     * Applies a change guarded by the version the client read ({@code If-Match}). The row is locked
     * first, so of two edits made from the same version the second gets its 412, never a lost update.
     */
    public ProductView change(String sku, String ifMatch, ProductChange change) {
        Product product = products.findForUpdate(sku).orElseThrow(() -> new ProductNotFound(sku));
        ETags.requireMatch(ifMatch, product.version());
        if (change.price() != null) {
            requireDeploymentCurrency(change.price());
            product.reprice(change.price());
        }
        if (change.name() != null) {
            product.rename(change.name());
        }
        if (change.description() != null) {
            product.describe(change.description());
        }
        if (change.category() != null) {
            product.moveTo(change.category());
        }
        if (change.weightGrams() != null) {
            product.reweigh(change.weightGrams());
        }
        products.flush(product);
        StockLevel level = stock.find(sku).orElse(StockLevel.NONE);
        if (change.category() != null) {
            events.changed(product, level);
        }
        return new ProductView(product, level);
    }

    private void requireDeploymentCurrency(Money price) {
        if (!price.isIn(currency)) {
            throw new UnsupportedCurrency(price.currency(), currency);
        }
    }
}
