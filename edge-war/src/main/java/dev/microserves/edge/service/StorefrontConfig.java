package dev.microserves.edge.service;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the browser storefront needs to know to call the services itself: their public base URLs
 * (the page calls the customer, inventory, order and payment services directly, with CORS; the card
 * number goes to the payment service only).
 */
@Schema(name = "StorefrontConfig", description = "The public base URLs the storefront page calls")
public record StorefrontConfig(
        @Schema(description = "customer service: sign-up, sign-in, addresses, cards on file") String customerUrl,
        @Schema(description = "inventory service: the catalogue") String inventoryUrl,
        @Schema(description = "order service: placing, listing and cancelling orders") String orderUrl,
        @Schema(description = "payment service: card tokenization") String paymentUrl) {

    /** The distinct origins (scheme://host[:port]) of the four URLs, for the page's connect-src. */
    public Set<String> origins() {
        Set<String> origins = new LinkedHashSet<>();
        for (String url : List.of(customerUrl, inventoryUrl, orderUrl, paymentUrl)) {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("Not an absolute http(s) URL: " + url);
            }
            origins.add(uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        }
        return origins;
    }
}
