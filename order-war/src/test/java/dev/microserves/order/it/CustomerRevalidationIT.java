package dev.microserves.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.it.Peers.Product;
import dev.microserves.order.it.Peers.Shopper;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer read is cached but never trusted blindly: each order revalidates the cached view
 * with If-None-Match, so a 304 saves the body while a change (an address or payment method
 * removed, a new tier) is seen by the very next order.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerRevalidationIT {

    private static Peers peers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void startPeers() {
        peers = new Peers().start().warmUp();
    }

    @AfterAll
    static void stopPeers() {
        peers.stop();
    }

    @BeforeEach
    void resetPeers() {
        peers.reset();
    }

    private static Product product(String price) {
        return new Product("SKU-" + UUID.randomUUID().toString().substring(0, 8), price, 400);
    }

    /** A shopper with a versioned record, the product reservable, and charges captured. */
    private static Shopper shopperBuying(Product product) {
        Shopper shopper = peers.versionedShopper();
        peers.reservable(product);
        peers.chargeable(shopper);
        return shopper;
    }

    private static ApiResponse place(Shopper shopper, Product product) {
        return Orders.place(shopper, Orders.body(shopper, product.sku(), 1));
    }

    private static int reads(Shopper shopper, boolean revalidating) {
        return peers.count(peers.customer, getRequestedFor(urlEqualTo("/api/customers/" + shopper.id()))
                .withHeader("If-None-Match", revalidating ? equalTo("\"1\"") : absent()));
    }

    @Test
    void aSecondOrderRevalidatesAndWorksFromA304() {
        Product mug = product("19.99");
        Shopper shopper = shopperBuying(mug);

        ApiResponse first = place(shopper, mug);
        ApiResponse second = place(shopper, mug);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.text("status")).isEqualTo("CONFIRMED");
        assertThat(second.text("/shippingAddress/line1")).isEqualTo("1 Main St");
        assertThat(second.text("/total/amount")).isEqualTo(first.text("/total/amount"));
        assertThat(reads(shopper, false)).as("the first order read the customer in full").isEqualTo(1);
        assertThat(reads(shopper, true)).as("the second asked whether version 1 is still current").isEqualTo(1);
        assertThat(peers.chargesOf(shopper)).hasSize(2);
    }

    @Test
    void anAddressRemovedAfterAnOrderIsNeverShippedTo() {
        refusedOnceRemoved(false, true, "unknown-address");
    }

    @Test
    void aPaymentMethodRemovedAfterAnOrderIsNeverCharged() {
        refusedOnceRemoved(true, false, "unknown-payment-method");
    }

    /** One order caches the customer; then the customer drops its address or card; the next order names it. */
    private static void refusedOnceRemoved(boolean keepsAddress, boolean keepsCard, String slug) {
        Product mug = product("19.99");
        Shopper shopper = shopperBuying(mug);
        assertThat(place(shopper, mug).status()).isEqualTo(201);

        peers.customerIs(shopper, 2, false, keepsAddress, keepsCard);
        ApiResponse refused = place(shopper, mug);

        assertProblem(refused, 422, slug);
        assertThat(reads(shopper, true)).as("the cached view was revalidated, not used").isEqualTo(1);
        assertThat(peers.charges(Orders.idOf(refused))).isEmpty();
        assertThat(peers.chargesOf(shopper)).hasSize(1);
    }

    @Test
    void aNewTierCountsFromTheNextOrder() {
        Product kettle = product("50.00");
        Shopper shopper = shopperBuying(kettle);
        ApiResponse standard = place(shopper, kettle);
        assertThat(standard.text("/discount/amount")).isEqualTo("0.00");

        peers.customerIs(shopper, 2, true, true, true);
        ApiResponse premium = place(shopper, kettle);

        assertThat(premium.status()).as(premium.toString()).isEqualTo(201);
        assertThat(premium.text("/discount/amount")).isEqualTo("5.00");
        assertThat(premium.text("/shipping/amount")).isEqualTo("0.00");
    }
}
