package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static dev.microserves.system.Shop.stockOf;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order placed across all four services, replayed, and cancelled. */
class OrderLifecycleSystemIT {

    @Test
    void placesAnOrderAndCancelsItPuttingStockAndMoneyBack() {
        String sku = Shop.product("25.00", 10);
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        String key = UUID.randomUUID().toString();

        ApiResponse placed = placeOrder(buyer, sku, 2, key);

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.text("status")).isEqualTo("CONFIRMED");
        assertThat(placed.text("/subtotal/amount")).isEqualTo("50.00");
        BigDecimal total = new BigDecimal(placed.text("/total/amount"));
        assertThat(total).isEqualByComparingTo(new BigDecimal(placed.text("/subtotal/amount"))
                .subtract(new BigDecimal(placed.text("/discount/amount")))
                .add(new BigDecimal(placed.text("/shipping/amount"))));
        String orderId = placed.text("id");

        ApiResponse replay = placeOrder(buyer, sku, 2, key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(orderId);
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");

        assertThat(stockOf(sku).json().at("/stock/onHand").asInt()).isEqualTo(8);
        assertThat(stockOf(sku).json().at("/stock/reserved").asInt()).isZero();
        ApiResponse payments = Shop.paymentsOf(orderId);
        assertThat(payments.json().path("items")).hasSize(1);
        assertThat(payments.json().path("items").get(0).path("status").asText()).isEqualTo("CAPTURED");
        assertThat(new BigDecimal(payments.json().path("items").get(0).at("/amount/amount").asText()))
                .isEqualByComparingTo(total);

        ApiResponse cancelled = buyer.orders().post("/api/orders/" + orderId + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(buyer.orders().post("/api/orders/" + orderId + "/cancel", "").text("status")).isEqualTo("CANCELLED");

        assertThat(stockOf(sku).json().at("/stock/onHand").asInt()).isEqualTo(10);
        assertThat(buyer.orders().get("/api/orders/" + orderId).text("status")).isEqualTo("CANCELLED");
    }

    @Test
    void aDeclinedCardRejectsTheOrderAndHoldsNoStock() {
        String sku = Shop.product("10.00", 5);
        Buyer buyer = Shop.buyerPayingWith(Shop.CARD_DECLINED);

        ApiResponse declined = assertProblem(placeOrder(buyer, sku, 1, UUID.randomUUID().toString()), 402, "payment-declined");

        assertThat(declined.text("declineCode")).isEqualTo("card_declined");
        assertThat(buyer.orders().get("/api/orders/" + declined.text("orderId")).text("status")).isEqualTo("REJECTED");
        assertThat(stockOf(sku).json().at("/stock/available").asInt()).isEqualTo(5);
        assertThat(stockOf(sku).json().at("/stock/onHand").asInt()).isEqualTo(5);
    }

    @Test
    void aCustomerCannotOrderForSomeoneElse() {
        String sku = Shop.product("10.00", 5);
        Buyer ada = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        Buyer eve = Shop.buyerPayingWith(Shop.CARD_APPROVED);
        Buyer eveAsAda = new Buyer(ada.id(), eve.token(), ada.addressId(), ada.paymentMethodId(), ada.cardToken());

        assertProblem(placeOrder(eveAsAda, sku, 1, UUID.randomUUID().toString()), 403, "forbidden");
        assertThat(stockOf(sku).json().at("/stock/available").asInt()).isEqualTo(5);
    }
}
