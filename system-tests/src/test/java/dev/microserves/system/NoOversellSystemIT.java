package dev.microserves.system;

import static dev.microserves.system.Shop.placeOrder;
import static dev.microserves.system.Shop.stockOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.system.Shop.Buyer;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.Concurrently;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** More buyers than units, all at once, through the whole system: exactly the units are sold. */
class NoOversellSystemIT {

    private static final int UNITS = 3;
    private static final int BUYERS = 8;

    @Test
    void sellsExactlyTheStockThereIs() {
        String sku = Shop.product("5.00", UNITS);
        List<Buyer> buyers = IntStream.range(0, BUYERS).mapToObj(i -> Shop.buyerPayingWith(Shop.CARD_APPROVED)).toList();

        List<Callable<ApiResponse>> orders = buyers.stream()
                .<Callable<ApiResponse>>map(buyer -> () -> placeOrder(buyer, sku, 1, UUID.randomUUID().toString()))
                .toList();
        List<Integer> statuses = Concurrently.allAtOnce(orders).stream().map(ApiResponse::status).toList();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(UNITS);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        ApiResponse stock = stockOf(sku);
        assertThat(stock.json().at("/stock/onHand").asInt()).isZero();
        assertThat(stock.json().at("/stock/reserved").asInt()).isZero();
    }
}
