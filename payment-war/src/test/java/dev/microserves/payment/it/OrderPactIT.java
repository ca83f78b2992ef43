package dev.microserves.payment.it;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.PactProviderVerification;
import java.util.Map;
import java.util.UUID;

/**
 * The payment service honours what its consumers wrote down ({@code contracts/pacts/*-payment.json},
 * today the order service's saga): every interaction is replayed against this real server and its
 * PostgreSQL, after its provider state has been made with the service's own API (cards tokenized
 * from the public test numbers, so the simulated gateway approves, declines or fails as each needs).
 */
@Provider("payment")
@PactFolder("../contracts/pacts")
class OrderPactIT extends PactProviderVerification {

    @State("a card that is approved")
    Map<String, Object> approvedCard(Map<String, Object> params) {
        return card(params, Fixtures.APPROVED);
    }

    @State("a card that is declined")
    Map<String, Object> declinedCard(Map<String, Object> params) {
        return card(params, Fixtures.CARD_DECLINED);
    }

    @State("a card whose processor fails")
    Map<String, Object> failingCard(Map<String, Object> params) {
        return card(params, Fixtures.PROCESSOR_ERROR);
    }

    @State("no card token tok_ffffffffffffffffffffffffffffffff")
    void noCardToken() {
        // Card tokens are the service's own random values: this one is never issued.
    }

    @State("a captured payment")
    Map<String, Object> capturedPayment(Map<String, Object> params) {
        UUID order = UUID.fromString(String.valueOf(params.get("orderId")));
        UUID customer = UUID.randomUUID();
        ApiResponse charged = Fixtures.asService("state-charge:" + order).post("/api/payments",
                Fixtures.cardCharge(order, customer, "15.00", Fixtures.tokenize(customer, Fixtures.APPROVED)));
        assertThat(charged.status()).as(charged.toString()).isEqualTo(201);
        return Map.of("paymentId", charged.text("id"));
    }

    /** The state's customer's card with this test number; its token is injected into the charge. */
    private static Map<String, Object> card(Map<String, Object> params, String number) {
        return Map.of("cardToken", Fixtures.tokenize(UUID.fromString(String.valueOf(params.get("customerId"))), number));
    }
}
