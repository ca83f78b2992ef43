package dev.microserves.edge.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services' public URLs as a browser reaches them ({@code microserves.storefront.*-url},
 * by default the URLs the storefront itself calls them at). Read once and checked at start: a
 * URL that is not absolute fails the deployment rather than every page.
 */
@ApplicationScoped
public class StorefrontSettings {

    @Inject
    @ConfigProperty(name = "microserves.storefront.customer-url")
    String customerUrl;

    @Inject
    @ConfigProperty(name = "microserves.storefront.inventory-url")
    String inventoryUrl;

    @Inject
    @ConfigProperty(name = "microserves.storefront.order-url")
    String orderUrl;

    @Inject
    @ConfigProperty(name = "microserves.storefront.payment-url")
    String paymentUrl;

    private StorefrontConfig config;
    private String connectSources;

    @PostConstruct
    void read() {
        config = new StorefrontConfig(strip(customerUrl), strip(inventoryUrl), strip(orderUrl), strip(paymentUrl));
        connectSources = String.join(" ", config.origins());
    }

    public StorefrontConfig config() {
        return config;
    }

    /** The services' origins, space separated, as a Content-Security-Policy source list. */
    public String connectSources() {
        return connectSources;
    }

    /** Without a trailing slash, so that the page appends "/api/..." as is. */
    private static String strip(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
