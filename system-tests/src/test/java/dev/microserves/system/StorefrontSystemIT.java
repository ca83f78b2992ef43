package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The storefront in a real browser (headless Chromium) against the whole running system: a
 * person's journeys from the catalogue to a confirmed and cancelled order, and the refusals they
 * meet on the way, each shown where it belongs. Every journey saves screenshots under
 * target/screenshots/. Without chromium and chromedriver the journeys do not run, and the build
 * says so in a banner.
 */
class StorefrontSystemIT {

    private static final String PASSWORD = "a long enough password";

    @BeforeAll
    static void needsABrowser() {
        if (Browser.installed().isEmpty()) {
            String line = "!".repeat(100);
            System.out.println(line + "\n!!!\n!!!  THE BROWSER JOURNEYS DID NOT RUN: no /usr/bin/chromium and /usr/bin/chromedriver "
                    + "(install Debian's chromium chromium-driver,\n!!!  or set CHROMIUM_BINARY and CHROMEDRIVER_BINARY). "
                    + "StorefrontSystemIT is skipped.\n!!!\n" + line);
        }
        Assumptions.assumeTrue(Browser.installed().isPresent(), "chromium and chromedriver are not installed");
    }

    @Test
    void aShopperBrowsesSignsUpOrdersWithAPromoCodeAndCancelsTheOrder() {
        String sku = Shop.product("24.00", 10);
        // Markup in a name is shown as text, and runs nothing.
        String name = "<img src=x onerror=window.pwned=1> Tess";
        try (Browser browser = Browser.open()) {
            browser.go("#/");
            browser.visible(By.cssSelector("#products li.card"));
            browser.click(By.linkText("Coffee"));
            browser.textContaining(By.cssSelector("main h1"), "Coffee");
            browser.until(d -> d.findElements(By.cssSelector("#products li.card")).stream()
                    .allMatch(card -> card.getAttribute("data-sku").startsWith("COFFEE-")));

            browser.type(By.id("search-q"), sku);
            browser.click(By.cssSelector("#search button"));
            By card = By.cssSelector("#products li.card[data-sku='" + sku + "']");
            assertThat(browser.visible(card).getText()).contains("$24.00").contains("In stock");
            browser.click(By.cssSelector("#products li.card[data-sku='" + sku + "'] h2 a"));
            browser.textContaining(By.id("product-name"), sku);
            assertThat(browser.visible(By.id("product-price")).getText()).isEqualTo("$24.00");
            browser.visible(By.id("recommendations"));
            browser.click(By.id("add-to-cart"));
            browser.textContaining(By.id("add-status"), "added to your cart");
            browser.textContaining(By.id("cart-count"), "1");

            browser.click(By.id("nav-cart"));
            browser.visible(By.cssSelector("#cart-lines tr[data-sku='" + sku + "']"));
            browser.click(By.id("checkout"));
            browser.visible(By.id("signin-form"));
            browser.click(By.linkText("Create an account"));
            String email = "shopper-" + UUID.randomUUID() + "@example.test";
            browser.type(By.id("signup-name"), name);
            browser.type(By.id("signup-email"), email);
            browser.type(By.id("signup-password"), PASSWORD);
            browser.click(By.id("signup-submit"));

            browser.visible(By.id("checkout-lines"));
            assertThat(browser.textContaining(By.id("notice"), "Welcome")).contains(name);
            assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);

            browser.click(By.cssSelector("#add-address summary"));
            browser.type(By.id("address-line1"), "1 Market Street");
            browser.type(By.id("address-postal"), "94105");
            browser.type(By.id("address-city"), "San Francisco");
            browser.click(By.id("save-address"));
            browser.textContaining(By.id("address-error"), "Address added");
            browser.click(By.cssSelector("#add-card summary"));
            browser.type(By.id("card-number"), "4242 4242 4242 4242");
            browser.type(By.id("card-month"), "12");
            browser.type(By.id("card-year"), "2031");
            browser.type(By.id("card-cvc"), "123");
            browser.click(By.id("save-card"));
            browser.textContaining(By.id("payment-error"), "Card added");
            assertThat(browser.visible(By.id("cards")).getText()).contains("ending 4242");
            browser.type(By.id("promo-code"), "WELCOME10");
            browser.screenshot("storefront-checkout");
            browser.click(By.id("place-order"));

            browser.visible(By.cssSelector("#order-status [data-status='CONFIRMED']"));
            assertThat(browser.visible(By.id("order-subtotal")).getText()).isEqualTo("$24.00");
            assertThat(browser.visible(By.id("order-discount")).getText()).isEqualTo("-$2.40");
            assertThat(browser.visible(By.id("order-address")).getText()).contains("1 Market Street");
            browser.screenshot("storefront-order-confirmed");
            String orderId = browser.driver().getCurrentUrl().replaceAll(".*#/orders/", "");
            assertThat(browser.visible(By.id("cart-count")).getText()).isEqualTo("0");

            browser.click(By.id("cancel-order"));
            browser.visible(By.cssSelector("#order-status [data-status='CANCELLED']"));
            browser.screenshot("storefront-order-cancelled");
            browser.click(By.id("nav-orders"));
            assertThat(browser.visible(By.cssSelector("#orders tr[data-order='" + orderId + "']")).getText()).contains("Cancelled");

            ApiResponse order = RunningSystem.order().as(Shop.adminToken()).get("/api/orders/" + orderId);
            assertThat(order.text("status")).isEqualTo("CANCELLED");
            assertThat(order.json().at("/discount/amount").asText()).isEqualTo("2.40");
            assertThat(order.text("promoCode")).isEqualTo("WELCOME10");

            browser.click(By.id("sign-out"));
            browser.visible(By.id("nav-signin"));
            assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
        }
    }

    @Test
    void anInvalidPromoCodeAndADeclinedCardAreShownWhereTheyBelong() {
        String sku = Shop.product("30.00", 5);
        String email = "declined-" + UUID.randomUUID() + "@example.test";
        Buyer buyer = Shop.buyer(email, PASSWORD, Shop.CARD_DECLINED, "123");
        try (Browser browser = Browser.open()) {
            signIn(browser, email);
            addToCart(browser, sku);
            browser.go("#/checkout");
            browser.type(By.id("promo-code"), "NOSUCHCODE");
            browser.click(By.id("place-order"));
            browser.textContaining(By.id("promo-code-error"), "does not apply");
            browser.screenshot("storefront-invalid-promo-code");

            browser.visible(By.id("promo-code")).clear();
            browser.click(By.id("place-order"));
            assertThat(browser.textContaining(By.cssSelector("#payment-error #declined"), "declined"))
                    .contains("Choose another card");
            browser.screenshot("storefront-card-declined");
        }
        JsonNode orders = buyer.orders().get("/api/orders?customerId=" + buyer.id()).json().path("items");
        assertThat(orders.findValuesAsText("status")).isNotEmpty().doesNotContain("CONFIRMED", "PENDING");
    }

    @Test
    void aProductSoldOutMeanwhileIsShownOutOfStockAtItsCartLine() {
        String sku = Shop.product("15.00", 1);
        String email = "late-" + UUID.randomUUID() + "@example.test";
        Shop.buyer(email, PASSWORD, Shop.CARD_APPROVED, "123");
        try (Browser browser = Browser.open()) {
            signIn(browser, email);
            addToCart(browser, sku);
            ApiResponse first = Shop.placeOrder(Shop.buyerPayingWith(Shop.CARD_APPROVED), sku, 1, UUID.randomUUID().toString());
            assertThat(first.status()).as(first.toString()).isEqualTo(201);

            browser.go("#/checkout");
            browser.click(By.id("place-order"));
            browser.textContaining(By.cssSelector("#checkout-lines [data-line-error='" + sku + "']"), "Out of stock");
            browser.textContaining(By.id("order-error"), "Not enough stock");
            browser.screenshot("storefront-out-of-stock-checkout");

            browser.go("#/product/" + sku);
            browser.textContaining(By.id("product-stock"), "Out of stock");
            assertThat(browser.visible(By.id("add-to-cart")).isEnabled()).isFalse();
            browser.screenshot("storefront-out-of-stock-product");
        }
    }

    @Test
    void theProductPageStaysUsableWhileRecommendationsAreDown() throws Exception {
        String sku = "COFFEE-ESPRESSO-500G";
        try (Browser browser = Browser.open()) {
            browser.go("#/product/" + sku);
            browser.visible(By.cssSelector("#recommendation-list li.card, #recommendations p"));
            browser.screenshot("storefront-product-page");

            RunningSystem.launcher().stopService("recommendation");
            try {
                browser.go("#/product/" + sku);
                browser.textContaining(By.id("recommendations-degraded"), "Recommendations are unavailable");
                browser.click(By.id("add-to-cart"));
                browser.textContaining(By.id("add-status"), "added to your cart");
                browser.screenshot("storefront-recommendations-down");
            } finally {
                RunningSystem.launcher().startService("recommendation");
            }
        }
        // The edge's circuit to the recommendation service closes again before the next test.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(RunningSystem.edge().get("/api/storefront/products/" + sku).json().path("degraded")).isEmpty());
    }

    @Test
    void aDoubleClickOnPlaceOrderPlacesOneOrder() {
        String sku = Shop.product("12.00", 10);
        String email = "eager-" + UUID.randomUUID() + "@example.test";
        Buyer buyer = Shop.buyer(email, PASSWORD, Shop.CARD_APPROVED, "123");
        try (Browser browser = Browser.open()) {
            signIn(browser, email);
            addToCart(browser, sku);
            browser.go("#/checkout");
            WebElement place = browser.clickable(By.id("place-order"));
            new Actions(browser.driver()).doubleClick(place).perform();
            browser.visible(By.cssSelector("#order-status [data-status='CONFIRMED']"));
            browser.screenshot("storefront-double-click");
        }
        ApiResponse orders = buyer.orders().get("/api/orders?customerId=" + buyer.id());
        assertThat(orders.json().path("totalItems").asInt()).as(orders.toString()).isEqualTo(1);
        assertThat(Shop.stockOf(sku).json().at("/stock/onHand").asInt()).isEqualTo(9);
    }

    private static void signIn(Browser browser, String email) {
        browser.go("#/signin");
        browser.type(By.id("signin-email"), email);
        browser.type(By.id("signin-password"), PASSWORD);
        browser.click(By.id("signin-submit"));
        browser.visible(By.id("nav-orders"));
    }

    private static void addToCart(Browser browser, String sku) {
        browser.go("#/product/" + sku);
        browser.click(By.id("add-to-cart"));
        browser.textContaining(By.id("add-status"), "added to your cart");
    }
}
