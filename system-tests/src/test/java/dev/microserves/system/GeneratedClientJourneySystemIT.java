package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.clients.customer.api.AuthenticationApi;
import dev.microserves.clients.customer.api.CustomersApi;
import dev.microserves.clients.customer.model.AddressRequest;
import dev.microserves.clients.customer.model.AddressResponse;
import dev.microserves.clients.customer.model.CustomerResponse;
import dev.microserves.clients.customer.model.PaymentMethodRequest;
import dev.microserves.clients.customer.model.PaymentMethodResponse;
import dev.microserves.clients.customer.model.RegisterCustomerRequest;
import dev.microserves.clients.customer.model.TokenRequest;
import dev.microserves.clients.inventory.api.ProductsApi;
import dev.microserves.clients.inventory.model.CreateProductRequest;
import dev.microserves.clients.inventory.model.Money;
import dev.microserves.clients.order.api.OrdersApi;
import dev.microserves.clients.order.model.OrderItemRequest;
import dev.microserves.clients.order.model.OrderResponse;
import dev.microserves.clients.order.model.OrderStatus;
import dev.microserves.clients.order.model.PlaceOrderRequest;
import dev.microserves.clients.payment.api.CardTokensApi;
import dev.microserves.clients.payment.model.CardTokenResponse;
import dev.microserves.clients.payment.model.TokenizeCardRequest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The README's journey (register, sign in, add an address, tokenize a card, add it, order, cancel)
 * through the Java clients openapi-generator builds from the committed OpenAPI documents, and
 * nothing else: what a team that only has the documents can do with them.
 */
class GeneratedClientJourneySystemIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aCustomerRegistersOrdersAndCancelsThroughTheGeneratedClientsOnly() throws Exception {
        String sku = productOnSale();
        String email = "generated-" + UUID.randomUUID() + "@example.test";
        String password = "a long enough password";

        CustomerResponse ada = new CustomersApi(customer(null)).registerCustomer(new RegisterCustomerRequest()
                .name("Ada Lovelace").email(email).password(password));
        String token = signIn(email, password);
        AddressResponse home = new CustomersApi(customer(token)).addAddress(ada.getId(), new AddressRequest()
                .label("Home").line1("12 Analytical Row").city("London").postalCode("NW1 2DB").country("GB"), null);
        CardTokenResponse card = new CardTokensApi(payment(token)).tokenizeCard(new TokenizeCardRequest()
                .number("4242424242424242").expMonth(12).expYear(2031).cvc("123"));
        PaymentMethodResponse method = new CustomersApi(customer(token)).addPaymentMethod(ada.getId(),
                new PaymentMethodRequest().type("CARD").token(card.getToken()));

        OrderResponse placed = new OrdersApi(order(token)).placeOrder(UUID.randomUUID().toString(), new PlaceOrderRequest()
                .customerId(ada.getId())
                .items(List.of(new OrderItemRequest().sku(sku).quantity(2)))
                .shippingAddressId(home.getId())
                .paymentMethodId(method.getId()));

        assertThat(placed.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(placed.getCustomerId()).isEqualTo(ada.getId());
        assertThat(placed.getLines()).singleElement().satisfies(line -> assertThat(line.getQuantity()).isEqualTo(2));
        assertThat(placed.getPaymentId()).isNotNull();

        OrderResponse cancelled = new OrdersApi(order(token)).cancelOrder(placed.getId());

        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(new OrdersApi(order(token)).getOrder(placed.getId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    /** An admin puts a product of its own on sale (the catalogue step of the walk-through). */
    private static String productOnSale() throws Exception {
        String sku = "GEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        new ProductsApi(inventory(signIn("admin@microserves.dev", "admin-dev-password"))).createProduct(
                new CreateProductRequest().sku(sku).name("Generated-client item " + sku).category("system-tests")
                        .price(new Money().amount("12.50").currency("USD")).weightGrams(400).initialStock(5));
        return sku;
    }

    private static String signIn(String email, String password) throws Exception {
        return new AuthenticationApi(customer(null)).issueToken(new TokenRequest().email(email).password(password))
                .getAccessToken();
    }

    private static dev.microserves.clients.customer.ApiClient customer(String token) {
        dev.microserves.clients.customer.ApiClient client = new dev.microserves.clients.customer.ApiClient();
        client.updateBaseUri(base(RunningSystem.CUSTOMER_PORT));
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static dev.microserves.clients.inventory.ApiClient inventory(String token) {
        dev.microserves.clients.inventory.ApiClient client = new dev.microserves.clients.inventory.ApiClient();
        client.updateBaseUri(base(RunningSystem.INVENTORY_PORT));
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static dev.microserves.clients.payment.ApiClient payment(String token) {
        dev.microserves.clients.payment.ApiClient client = new dev.microserves.clients.payment.ApiClient();
        client.updateBaseUri(base(RunningSystem.PAYMENT_PORT));
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static dev.microserves.clients.order.ApiClient order(String token) {
        dev.microserves.clients.order.ApiClient client = new dev.microserves.clients.order.ApiClient();
        client.updateBaseUri(base(RunningSystem.ORDER_PORT));
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    /** The signed-in caller's token on every request (none for the public operations). */
    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        };
    }
}
