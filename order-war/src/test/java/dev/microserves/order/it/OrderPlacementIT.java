package dev.microserves.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.order.it.Peers.Product;
import dev.microserves.order.it.Peers.Shopper;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The saga's answers when every peer answers: placed, refused, replayed; who may do what. */
@ExtendWith(ArquillianExtension.class)
class OrderPlacementIT {

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

    private static String sku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldConfirmAnOrderPricedFromItsReservation() {
        Shopper shopper = peers.shopper();
        Product mug = new Product(sku(), "19.99", 400);
        Product tea = new Product(sku(), "5.00", 1500);
        UUID reservationId = peers.reservable(mug, tea);
        UUID paymentId = peers.chargeable(shopper);

        ApiResponse placed = Orders.place(shopper, Orders.body(shopper, mug.sku(), 2, tea.sku(), 1));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID orderId = Orders.idOf(placed);
        assertThat(placed.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/orders/" + orderId));
        assertThat(placed.text("status")).isEqualTo("CONFIRMED");
        assertThat(placed.text("/lines/0/unitPrice/amount")).isEqualTo("19.99");
        assertThat(placed.text("/lines/0/lineTotal/amount")).isEqualTo("39.98");
        assertThat(placed.text("/subtotal/amount")).isEqualTo("44.98");
        assertThat(placed.text("/discount/amount")).isEqualTo("0.00");
        assertThat(placed.text("/shipping/amount")).isEqualTo("7.99");
        assertThat(placed.text("/total/amount")).isEqualTo("52.97");
        assertThat(placed.text("/total/currency")).isEqualTo("USD");
        assertThat(placed.text("/shippingAddress/country")).isEqualTo("US");
        assertThat(placed.text("paymentId")).isEqualTo(paymentId.toString());
        assertThat(placed.text("reservationId")).isEqualTo(reservationId.toString());
        assertThat(placed.body()).doesNotContain(shopper.cardToken());

        peers.inventory.verify(1, postRequestedFor(urlEqualTo("/api/reservations"))
                .withHeader("Idempotency-Key", equalTo("reserve:" + orderId))
                .withHeader("Authorization", matching("Bearer .+")));
        peers.payment.verify(1, postRequestedFor(urlEqualTo("/api/payments"))
                .withHeader("Idempotency-Key", equalTo("charge:" + orderId))
                .withRequestBody(matchingJsonPath("$.amount.amount", equalTo("52.97")))
                .withRequestBody(matchingJsonPath("$.method.token", equalTo(shopper.cardToken()))));
        peers.inventory.verify(1, postRequestedFor(urlEqualTo("/api/reservations/" + reservationId + "/commit"))
                .withHeader("Idempotency-Key", equalTo("commit:" + orderId)));

        ApiResponse read = Api.service().as(shopper.token()).get("/api/orders/" + orderId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("CONFIRMED");
        assertThat(Orders.row(orderId)).containsEntry("reservation", "COMMITTED").containsEntry("payment", "CAPTURED");
    }

    @Test
    void aPremiumCustomerGetsItsDiscountAndAPromoCodeAndShipsFreeAbroad() {
        Shopper shopper = peers.shopper(true, "DE");
        Product book = new Product(sku(), "25.00", 2600);
        peers.reservable(book);
        peers.chargeable(shopper);
        var body = Orders.body(shopper, book.sku(), 2);
        body.put("promoCode", "welcome10");

        ApiResponse placed = Orders.place(shopper, body);

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        // 50.00 - 10% premium (5.00) - 10% WELCOME10 on 45.00 (4.50); premium ships free
        assertThat(placed.text("/subtotal/amount")).isEqualTo("50.00");
        assertThat(placed.text("/discount/amount")).isEqualTo("9.50");
        assertThat(placed.text("/shipping/amount")).isEqualTo("0.00");
        assertThat(placed.text("/total/amount")).isEqualTo("40.50");
        assertThat(placed.text("promoCode")).isEqualTo("WELCOME10");
        peers.payment.verify(postRequestedFor(urlEqualTo("/api/payments"))
                .withRequestBody(matchingJsonPath("$.amount.amount", equalTo("40.50"))));
    }

    @Test
    void shouldRejectWithNothingHeldWhenStockIsShortAndReplayTheRefusal() {
        Shopper shopper = peers.shopper();
        Product lamp = new Product(sku(), "30.00", 1000);
        peers.inventory.stubFor(peers.reservationOf(lamp).willReturn(Peers.problem(409, "insufficient-stock",
                "\"shortages\": [{\"sku\": \"" + lamp.sku() + "\", \"requested\": 5, \"available\": 2}]")));
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, lamp.sku(), 5);

        ApiResponse refused = Orders.place(shopper, key, body);

        assertProblem(refused, 409, "insufficient-stock");
        UUID orderId = Orders.idOf(refused);
        assertThat(refused.text("/shortages/0/sku")).isEqualTo(lamp.sku());
        assertThat(refused.json().at("/shortages/0/available").asInt()).isEqualTo(2);
        assertThat(Orders.row(orderId)).containsEntry("status", "REJECTED").containsEntry("reservation", "NONE");
        assertThat(peers.chargesOf(shopper)).isEmpty();
        assertThat(peers.reservations(orderId)).as("a refusal is never retried").hasSize(1);

        ApiResponse replayed = Orders.place(shopper, key, body);
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.header("Idempotent-Replayed")).contains("true");
        assertThat(replayed.text("orderId")).isEqualTo(orderId.toString());
        assertThat(peers.reservations(orderId)).hasSize(1);
        assertThat(Orders.countFor(shopper.id())).isEqualTo(1);
    }

    @Test
    void shouldReleaseTheReservationWhenThePaymentIsDeclined() {
        Shopper shopper = peers.shopper();
        Product watch = new Product(sku(), "99.00", 200);
        UUID reservationId = peers.reservable(watch);
        peers.payment.stubFor(peers.chargeOf(shopper).willReturn(
                Peers.problem(402, "payment-declined", "\"declineCode\": \"insufficient_funds\"")));

        ApiResponse declined = Orders.place(shopper, Orders.body(shopper, watch.sku(), 1));

        assertProblem(declined, 402, "payment-declined");
        UUID orderId = Orders.idOf(declined);
        assertThat(declined.text("declineCode")).isEqualTo("insufficient_funds");
        assertThat(peers.charges(orderId)).as("a refusal is never retried").hasSize(1);
        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("release:" + orderId));
        assertThat(peers.reservationCalls(reservationId, "commit")).isEmpty();
        assertThat(Orders.row(orderId)).containsEntry("status", "REJECTED").containsEntry("reservation", "RELEASED")
                .containsEntry("payment", "NONE");
        assertThat(Orders.read(orderId).text("failureReason")).contains("insufficient_funds");
    }

    @Test
    void shouldRejectUnknownCustomerAddressPaymentMethodAndProduct() {
        Shopper ghost = new Shopper(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "tok",
                UUID.randomUUID());
        ApiResponse unknownCustomer = Orders.place(ghost, Orders.body(ghost, sku(), 1));
        assertProblem(unknownCustomer, 422, "unknown-customer");
        assertThat(Orders.row(Orders.idOf(unknownCustomer))).containsEntry("status", "REJECTED");

        Shopper shopper = peers.shopper();
        Shopper stranger = peers.shopper();
        var foreignAddress = Orders.body(shopper, sku(), 1);
        foreignAddress.put("shippingAddressId", stranger.addressId().toString());
        assertProblem(Orders.place(shopper, foreignAddress), 422, "unknown-address");

        var foreignCard = Orders.body(shopper, sku(), 1);
        foreignCard.put("paymentMethodId", stranger.cardId().toString());
        assertProblem(Orders.place(shopper, foreignCard), 422, "unknown-payment-method");

        Product nothing = new Product(sku(), "1.00", 1);
        peers.inventory.stubFor(peers.reservationOf(nothing).willReturn(Peers.problem(422, "unknown-product", null)));
        ApiResponse unknownProduct = Orders.place(shopper, Orders.body(shopper, nothing.sku(), 1));
        assertProblem(unknownProduct, 422, "unknown-product");
        assertThat(Orders.row(Orders.idOf(unknownProduct))).containsEntry("status", "REJECTED");

        assertThat(peers.chargesOf(shopper)).isEmpty();
        assertThat(peers.count(peers.inventory, postRequestedFor(urlEqualTo("/api/reservations"))))
                .as("only the unknown product got as far as the inventory").isEqualTo(1);
    }

    @Test
    void paysWithPayPalByTheCustomersVaultTokenNeverByAPayerEmail() {
        Shopper shopper = peers.shopper();
        Product book = new Product(sku(), "15.00", 500);
        peers.reservable(book);
        UUID paymentId = peers.chargeable(shopper);
        var byPayPal = Orders.body(shopper, book.sku(), 1);
        byPayPal.put("paymentMethodId", shopper.payPalId().toString());

        ApiResponse placed = Orders.place(shopper, byPayPal);

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.text("paymentId")).isEqualTo(paymentId.toString());
        assertThat(placed.body()).doesNotContain(shopper.payPalToken());
        UUID orderId = Orders.idOf(placed);
        peers.payment.verify(1, postRequestedFor(urlEqualTo("/api/payments"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString())))
                .withRequestBody(matchingJsonPath("$.method.type", equalTo("PAYPAL")))
                .withRequestBody(matchingJsonPath("$.method.token", equalTo(shopper.payPalToken())))
                .withRequestBody(notMatching(".*payerEmail.*")));

        var byEmail = Orders.body(shopper, book.sku(), 1);
        byEmail.put("paymentMethodId", shopper.emailOnlyPayPalId().toString());
        ApiResponse refused = Orders.place(shopper, byEmail);
        assertProblem(refused, 422, "unknown-payment-method");
        assertThat(Orders.row(Orders.idOf(refused))).containsEntry("status", "REJECTED");
        assertThat(peers.chargesOf(shopper)).hasSize(1);
    }

    @Test
    void shouldRefuseAPromoCodeThatDoesNotApply() {
        Shopper shopper = peers.shopper();
        var unknown = Orders.body(shopper, sku(), 1);
        unknown.put("promoCode", "NO-SUCH-CODE");
        assertProblem(Orders.place(shopper, unknown), 422, "invalid-promo-code");
        var expired = Orders.body(shopper, sku(), 1);
        expired.put("promoCode", "SPRING2020");
        assertProblem(Orders.place(shopper, expired), 422, "invalid-promo-code");
        assertThat(Orders.countFor(shopper.id())).as("nothing placed").isZero();

        Product pen = new Product(sku(), "2.00", 10);
        UUID reservationId = peers.reservable(pen);
        var belowMinimum = Orders.body(shopper, pen.sku(), 1);
        belowMinimum.put("promoCode", "SAVE5");
        ApiResponse refused = Orders.place(shopper, belowMinimum);
        assertProblem(refused, 422, "invalid-promo-code");
        assertThat(refused.text("orderId")).isNotNull();
        assertThat(peers.reservationCalls(reservationId, "release")).hasSize(1);
        assertThat(peers.chargesOf(shopper)).isEmpty();
    }

    @Test
    void shouldReplayTheAnswerToARepeatedKeyAndRefuseTheKeyForAnotherOrder() {
        Shopper shopper = peers.shopper();
        Product cup = new Product(sku(), "3.50", 100);
        peers.reservable(cup);
        peers.chargeable(shopper);
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, cup.sku(), 2);

        ApiResponse first = Orders.place(shopper, key, body);
        ApiResponse again = Orders.place(shopper, key, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(peers.chargesOf(shopper)).hasSize(1);

        var other = Orders.body(shopper, cup.sku(), 3);
        assertProblem(Orders.place(shopper, key, other), 422, "idempotency-key-reuse");
        assertThat(Orders.countFor(shopper.id())).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesPlaceOneOrderReserveOnceAndChargeOnce() throws Exception {
        Shopper shopper = peers.shopper();
        Product chair = new Product(sku(), "45.00", 5000);
        peers.reservable(chair);
        peers.chargeable(shopper);
        String key = UUID.randomUUID().toString();
        var body = Orders.body(shopper, chair.sku(), 1);

        java.util.List<ApiResponse> answers = dev.microserves.testing.Concurrently.allAtOnce(6, () -> Orders.place(shopper, key, body));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.text("type")).endsWith("/idempotency-in-flight"));
        ApiResponse settled = Orders.place(shopper, key, body);
        assertThat(settled.status()).isEqualTo(201);
        UUID orderId = Orders.idOf(settled);
        assertThat(answers).filteredOn(a -> a.status() == 201)
                .allSatisfy(a -> assertThat(a.text("id")).isEqualTo(orderId.toString()));
        assertThat(Orders.countFor(shopper.id())).isEqualTo(1);
        assertThat(peers.reservations(orderId)).hasSize(1);
        assertThat(peers.chargesOf(shopper)).hasSize(1);
    }

    @Test
    void shouldRefuseBadInputWithA400AndChangeNothing() {
        Shopper shopper = peers.shopper();
        String good = sku();
        assertProblem(Api.service().as(shopper.token()).post("/api/orders", Orders.body(shopper, good, 1)),
                400, "idempotency-key-missing");
        assertProblem(Orders.place(shopper, Orders.body(shopper, good, 0)), 400, "validation");
        assertProblem(Orders.place(shopper, Orders.body(shopper, good, -3)), 400, "validation");
        assertProblem(Orders.place(shopper, Orders.body(shopper, good, 1001)), 400, "validation");
        assertProblem(Orders.place(shopper, Orders.body(shopper)), 400, "validation");
        ApiResponse twice = Orders.place(shopper, Orders.body(shopper, good, 1, good, 2));
        assertProblem(twice, 400, "validation");
        assertThat(twice.text("/errors/0/field")).isEqualTo("items[1].sku");
        ApiResponse hostile = Orders.place(shopper, Orders.body(shopper, "bad\u0000sku", 1));
        assertProblem(hostile, 400, "validation");
        assertThat(hostile.text("/errors/0/field")).isEqualTo("items[0].sku");
        Object[] many = new Object[202];
        for (int i = 0; i < 101; i++) {
            many[2 * i] = good + "-" + i;
            many[2 * i + 1] = 1;
        }
        assertProblem(Orders.place(shopper, Orders.body(shopper, many)), 400, "validation");
        var noCustomer = Orders.body(shopper, good, 1);
        noCustomer.remove("customerId");
        assertProblem(Orders.place(shopper, noCustomer), 400, "validation");
        var badPromo = Orders.body(shopper, good, 1);
        badPromo.put("promoCode", "10% OFF");
        assertProblem(Orders.place(shopper, badPromo), 400, "validation");
        ApiResponse wrongType = Orders.place(shopper, "{\"customerId\": \"" + shopper.id() + "\", \"items\": "
                + "[{\"sku\": \"" + good + "\", \"quantity\": \"many\"}], \"shippingAddressId\": \""
                + shopper.addressId() + "\", \"paymentMethodId\": \"" + shopper.cardId() + "\"}");
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(400);
        ApiResponse notAnId = Orders.place(shopper, "{\"customerId\": \"me\", \"items\": []}");
        assertThat(notAnId.status()).as(notAnId.toString()).isEqualTo(400);
        assertThat(Orders.place(shopper, "{\"customerId\": ").status()).isEqualTo(400);

        assertThat(Orders.countFor(shopper.id())).isZero();
        assertThat(peers.count(peers.inventory, postRequestedFor(urlEqualTo("/api/reservations")))).isZero();
    }

    @Test
    void aCustomerOrdersAndReadsOnlyItsOwn() {
        Shopper shopper = peers.shopper();
        Shopper other = peers.shopper();
        Product toy = new Product(sku(), "12.00", 300);
        peers.reservable(toy);
        peers.chargeable(shopper);

        ApiResponse forSomeoneElse = Api.service().as(other.token()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .post("/api/orders", Orders.body(shopper, toy.sku(), 1));
        assertProblem(forSomeoneElse, 403, "forbidden");
        assertThat(Api.service().header("Idempotency-Key", "k").post("/api/orders", Orders.body(shopper, toy.sku(), 1))
                .status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.service()).header("Idempotency-Key", "k")
                .post("/api/orders", Orders.body(shopper, toy.sku(), 1)).status()).isEqualTo(403);
        assertThat(Orders.countFor(shopper.id())).isZero();

        ApiResponse byAdmin = Api.service().as(TestTokens.admin())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).post("/api/orders", Orders.body(shopper, toy.sku(), 1));
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(201);
        UUID orderId = Orders.idOf(byAdmin);

        assertThat(Api.service().as(shopper.token()).get("/api/orders/" + orderId).status()).isEqualTo(200);
        assertProblem(Api.service().as(other.token()).get("/api/orders/" + orderId), 403, "forbidden");
        assertProblem(Api.service().as(other.token()).get("/api/orders?customerId=" + shopper.id()), 403, "forbidden");
        assertProblem(Api.service().as(shopper.token()).get("/api/orders/" + UUID.randomUUID()), 404, "not-found");

        ApiResponse mine = Api.service().as(shopper.token()).get("/api/orders?status=confirmed&size=5");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(mine.json().path("size").asInt()).isEqualTo(5);
        assertThat(mine.text("/items/0/id")).isEqualTo(orderId.toString());
        assertThat(Api.service().as(other.token()).get("/api/orders").json().path("totalItems").asInt()).isZero();
        assertProblem(Api.service().as(shopper.token()).get("/api/orders?status=LOST"), 400, "validation");
        assertProblem(Api.service().as(shopper.token()).get("/api/orders?size=500"), 400, "validation");
        ApiResponse all = Api.service().as(TestTokens.admin())
                .get("/api/orders?customerId=" + shopper.id());
        assertThat(all.json().path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void anOrderWhoseTotalIsZeroIsConfirmedWithoutAChargeAndCancelledWithoutARefund() {
        String code = "FREE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Orders.execute("insert into promo_codes (code, percent_off, valid_from, valid_until) "
                + "values (?, 100, now() - interval '1 day', now() + interval '1 day')", code);
        Shopper shopper = peers.shopper(true, "US");
        Product gift = new Product(sku(), "12.00", 300);
        UUID reservationId = peers.reservable(gift);
        peers.chargeable(shopper);
        var body = Orders.body(shopper, gift.sku(), 1);
        body.put("promoCode", code);

        ApiResponse placed = Orders.place(shopper, body);

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.text("status")).isEqualTo("CONFIRMED");
        assertThat(placed.text("/total/amount")).isEqualTo("0.00");
        UUID orderId = Orders.idOf(placed);
        assertThat(peers.chargesOf(shopper)).as("nothing to charge").isEmpty();
        assertThat(peers.reservationCalls(reservationId, "commit")).hasSize(1);
        assertThat(Orders.row(orderId)).containsEntry("reservation", "COMMITTED").containsEntry("payment", "NONE");

        ApiResponse cancelled = Api.service().as(shopper.token()).post("/api/orders/" + orderId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(peers.reservationCalls(reservationId, "return")).hasSize(1);
        assertThat(peers.payment.findAll(postRequestedFor(urlMatching("/api/payments/.*/refunds")))).isEmpty();
    }

    @Test
    void cancellingReturnsTheStockAndRefundsInFullOnceAndShippedOrdersCannotBeCancelled() {
        Shopper shopper = peers.shopper();
        Product kettle = new Product(sku(), "60.00", 1200);
        UUID reservationId = peers.reservable(kettle);
        UUID paymentId = peers.chargeable(shopper);
        UUID orderId = Orders.idOf(Orders.place(shopper, Orders.body(shopper, kettle.sku(), 1)));

        assertProblem(Api.service().as(peers.shopper().token()).post("/api/orders/" + orderId + "/cancel", null),
                403, "forbidden");
        assertProblem(Api.service().as(shopper.token()).post("/api/orders/" + orderId + "/ship", null), 403, "forbidden");

        ApiResponse cancelled = Api.service().as(shopper.token()).post("/api/orders/" + orderId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(peers.reservationCalls(reservationId, "return")).hasSize(1)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("return:" + orderId));
        assertThat(peers.refunds(paymentId)).hasSize(1)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("refund:" + orderId));
        assertThat(peers.refunds(paymentId).get(0).getBodyAsString()).doesNotContain("amount");

        ApiResponse again = Api.service().as(shopper.token()).post("/api/orders/" + orderId + "/cancel", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(peers.reservationCalls(reservationId, "return")).hasSize(1);
        assertThat(peers.refunds(paymentId)).hasSize(1);
        assertProblem(Api.service().as(TestTokens.admin())
                .post("/api/orders/" + orderId + "/ship", null), 409, "order-state-conflict");

        Product rug = new Product(sku(), "80.00", 3000);
        peers.reservable(rug);
        UUID shippedId = Orders.idOf(Orders.place(shopper, Orders.body(shopper, rug.sku(), 1)));
        ApiResponse shipped = Api.service().as(TestTokens.admin())
                .post("/api/orders/" + shippedId + "/ship", null);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.text("status")).isEqualTo("SHIPPED");
        assertThat(Api.service().as(TestTokens.admin())
                .post("/api/orders/" + shippedId + "/ship", null).status()).isEqualTo(200);
        assertProblem(Api.service().as(shopper.token()).post("/api/orders/" + shippedId + "/cancel", null),
                409, "order-state-conflict");
        assertThat(Orders.row(shippedId)).containsEntry("status", "SHIPPED").containsEntry("payment", "CAPTURED");
    }

    @Test
    void reportsReadinessMetricsAndItsApi() {
        ApiResponse ready = Api.service().get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "\"peers\"");

        Shopper shopper = peers.shopper();
        Product box = new Product(sku(), "1.00", 1);
        peers.reservable(box);
        peers.chargeable(shopper);
        assertThat(Orders.place(shopper, Orders.body(shopper, box.sku(), 1)).status()).isEqualTo(201);
        String metrics = Orders.metrics();
        assertThat(metrics).contains("orders_placed_total", "outcome=\"confirmed\"", "order_saga_duration",
                "ft_invocations_total", "ft_circuitbreaker_state_total");

        ApiResponse openapi = Api.service().header("Accept", "application/json").get("/openapi?format=JSON");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/orders", "\"402\"", "\"503\"", "/api/orders/{id}/cancel");
    }
}
