package dev.microserves.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.PactProviderVerification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inventory service honours what its consumers wrote down ({@code contracts/pacts/*-inventory.json},
 * today the order service's saga): every interaction is replayed against this real server and its
 * PostgreSQL, after its provider state has been made with the service's own API.
 */
@Provider("inventory")
@PactFolder("../contracts/pacts")
class OrderPactIT extends PactProviderVerification {

    @State("product PACT-HELD has 10 in stock at 4.50 USD, 250 g")
    void heldProduct() {
        product("PACT-HELD", "4.50", 10);
    }

    @State("product PACT-SHORT has 1 in stock")
    void shortProduct() {
        product("PACT-SHORT", "9.00", 1);
    }

    @State("no product PACT-NONE")
    void noProduct() {
        assertThat(Inventory.anonymous().get("/api/products/PACT-NONE").status()).isEqualTo(404);
    }

    @State("no reservation 0b000000-0000-4000-8000-0000000000ff")
    void noReservation() {
        // Reservation ids are the service's own random UUIDs: this one is never made.
    }

    @State("a held reservation")
    Map<String, Object> heldReservation(Map<String, Object> params) {
        return Map.of("reservationId", hold(params));
    }

    @State("a committed reservation")
    Map<String, Object> committedReservation(Map<String, Object> params) {
        String reservation = hold(params);
        ApiResponse committed = Inventory.service().header("Idempotency-Key", "state-commit:" + reservation)
                .post("/api/reservations/" + reservation + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        return Map.of("reservationId", reservation);
    }

    /** A reservation held for the state's order, of a product of its own. */
    private static String hold(Map<String, Object> params) {
        UUID order = UUID.fromString(String.valueOf(params.get("orderId")));
        String sku = Inventory.product("PACT", 5);
        ApiResponse held = Inventory.service().header("Idempotency-Key", "state-reserve:" + order)
                .post("/api/reservations", Inventory.reservationBody(order, List.of(Inventory.line(sku, 1))));
        assertThat(held.status()).as(held.toString()).isIn(200, 201);
        return held.text("id");
    }

    /** The product with this sku, price and stock (made once: states repeat across interactions). */
    private static void product(String sku, String price, int stock) {
        if (Inventory.anonymous().get("/api/products/" + sku).status() == 200) {
            return;
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>(Inventory.productBody(sku, stock));
        body.put("price", Inventory.money(price));
        body.put("weightGrams", 250);
        ApiResponse created = Inventory.admin().post("/api/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
