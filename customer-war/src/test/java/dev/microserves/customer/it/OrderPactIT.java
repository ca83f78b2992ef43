package dev.microserves.customer.it;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.PactProviderVerification;
import dev.microserves.testing.TestTokens;
import java.util.Map;
import java.util.UUID;

/**
 * The customer service honours what its consumers wrote down ({@code contracts/pacts/*-customer.json},
 * today the order service: its service token and the customer read): every interaction is replayed
 * against this real server and its PostgreSQL, after its provider state has been made with the
 * service's own API.
 */
@Provider("customer")
@PactFolder("../contracts/pacts")
class OrderPactIT extends PactProviderVerification {

    @State("service client order-service")
    void orderServiceClient() {
        // The order service's client credentials are configuration (microserves.service-clients):
        // the development default the pact names is in force in the tests.
    }

    @State("no customer 0f000000-0000-4000-8000-0000000000ff")
    void noCustomer() {
        // Customer ids are the service's own random UUIDs: this one is never made.
    }

    @State("a premium customer with an address and a card")
    Map<String, Object> premiumCustomer() {
        CustomerFixtures.Registered ada = CustomerFixtures.register();
        String path = "/api/customers/" + ada.id();
        ApiResponse premium = Api.service().as(TestTokens.admin()).patch(path, Map.of("tier", "PREMIUM"));
        assertThat(premium.status()).as(premium.toString()).isEqualTo(200);
        ApiResponse address = ada.api().post(path + "/addresses", CustomerFixtures.address());
        assertThat(address.status()).as(address.toString()).isEqualTo(201);
        ApiResponse card = ada.api().post(path + "/payment-methods", Map.of("type", "CARD",
                "token", "tok_" + UUID.randomUUID().toString().replace("-", "")));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        return Map.of("customerId", ada.id());
    }
}
