package dev.microserves.edge.service;

import dev.microserves.edge.client.CustomerGateway;
import dev.microserves.edge.client.CustomerView;
import dev.microserves.edge.client.InventoryGateway;
import dev.microserves.edge.client.InventoryProduct;
import dev.microserves.edge.client.OrderGateway;
import dev.microserves.edge.client.OrderView;
import dev.microserves.edge.client.RecommendationGateway;
import dev.microserves.edge.client.RecommendationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Composes the storefront's pages from the peers. The part a page is about (the product, the
 * customer) is required: without it the page is a 503 (or the peer's 404). Every other part is
 * optional ({@link Degradation}). The calls run one after the other on the request's thread, so
 * that each carries the request's trace; a required part is asked first, so that a page that
 * cannot be shown costs no further calls.
 */
@ApplicationScoped
public class StorefrontPages {

    static final String RECOMMENDATIONS = "recommendations";
    static final String RECENT_ORDERS = "recentOrders";

    @Inject
    InventoryGateway inventory;

    @Inject
    CustomerGateway customers;

    @Inject
    OrderGateway orders;

    @Inject
    RecommendationGateway recommendations;

    @Inject
    StorefrontMetrics metrics;

    @Inject
    @ConfigProperty(name = "microserves.edge.recent-orders", defaultValue = "5")
    int recentOrders;

    @Inject
    @ConfigProperty(name = "microserves.edge.recommendations", defaultValue = "5")
    int recommendationCount;

    /** A product's page: public, so the peers are called without a token. */
    public ProductPage productPage(String sku) {
        InventoryProduct product = inventory.product(sku);
        Degradation degradation = new Degradation(metrics::partLeftOut);
        List<RecommendationView> related = degradation.optional(RECOMMENDATIONS,
                () -> recommendations.forProduct(product.sku(), recommendationCount), List.of());
        metrics.pageServed("product", !degradation.missing().isEmpty());
        return new ProductPage(product.product(), product.stock(), related, degradation.missing());
    }

    /** The caller's own page; every call carries the caller's {@code Authorization} header value. */
    public MyPage myPage(UUID customerId, String bearer) {
        CustomerView customer = customers.customer(customerId, bearer);
        Degradation degradation = new Degradation(metrics::partLeftOut);
        List<OrderView> latest = degradation.optional(RECENT_ORDERS,
                () -> orders.recentOrders(customerId, bearer, recentOrders), List.of());
        List<RecommendationView> suggested = degradation.optional(RECOMMENDATIONS,
                () -> recommendations.forCustomer(customerId, bearer, recommendationCount), List.of());
        metrics.pageServed("me", !degradation.missing().isEmpty());
        return new MyPage(customer, latest, suggested, degradation.missing());
    }
}
