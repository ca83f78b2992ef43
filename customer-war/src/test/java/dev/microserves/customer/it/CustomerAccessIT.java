package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.address;
import static dev.microserves.customer.it.CustomerFixtures.register;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading and changing customers: who may, If-Match, addresses and payment methods. */
@ExtendWith(ArquillianExtension.class)
class CustomerAccessIT {

    /** A vault token as the payment service issues them ({@code POST /api/payment-methods/paypal}). */
    private static final String PAYPAL_TOKEN = "pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void aCustomerReadsItselfWithAnETag() {
        Registered ada = register();

        ApiResponse self = ada.api().get("/api/customers/" + ada.id());

        assertThat(self.status()).isEqualTo(200);
        assertThat(self.text("email")).isEqualTo(ada.email());
        assertThat(self.header("ETag")).hasValue("\"0\"");
        assertThat(self.header("X-Trace-Id")).isPresent();
    }

    @Test
    void aCustomerCannotReadOrChangeAnotherCustomer() {
        Registered ada = register();
        Registered eve = register();

        assertProblem(eve.api().get("/api/customers/" + ada.id()), 403, "forbidden");
        assertProblem(eve.api().patch("/api/customers/" + ada.id(), Map.of("name", "Hacked")), 403, "forbidden");
        assertProblem(eve.api().post("/api/customers/" + ada.id() + "/addresses", address()), 403, "forbidden");
        assertThat(ada.api().get("/api/customers/" + ada.id()).text("name")).isEqualTo("Ada Lovelace");
    }

    @Test
    void adminsAndServicesReadAnyCustomer() {
        Registered ada = register();

        assertThat(Api.service().as(TestTokens.admin()).get("/api/customers/" + ada.id()).status()).isEqualTo(200);
        assertThat(Api.service().as(TestTokens.service()).get("/api/customers/" + ada.id()).status()).isEqualTo(200);
    }

    @Test
    void withoutAValidTokenNothingIsReadable() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id();

        assertProblem(Api.service().get(path), 401, "unauthorized");
        assertThat(Api.service().as("not-a-jwt").get(path).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.expired(ada.id(), "customer")).get(path).status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.foreign(ada.id(), "customer")).get(path).status()).isEqualTo(401);
    }

    @Test
    void unknownCustomersAreNotFound() {
        assertProblem(Api.service().as(TestTokens.admin()).get("/api/customers/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(Api.service().as(TestTokens.admin()).get("/api/customers/not-a-uuid"), 404, "not-found");
    }

    @Test
    void onlyAnAdminSearchesAndPagesAreChecked() {
        Registered ada = register();

        assertProblem(ada.api().get("/api/customers?email=" + ada.email()), 403, "forbidden");

        ApiResponse found = Api.service().as(TestTokens.admin()).get("/api/customers?email=" + ada.email());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(found.json().path("items").get(0).path("id").asText()).isEqualTo(ada.id());
        assertThat(found.json().path("size").asInt()).isEqualTo(20);

        assertProblem(Api.service().as(TestTokens.admin()).get("/api/customers?size=101"), 400, "validation");
        assertProblem(Api.service().as(TestTokens.admin()).get("/api/customers?page=-1"), 400, "validation");
        assertProblem(Api.service().as(TestTokens.admin()).get("/api/customers?size=abc"), 400, "validation");
        ApiResponse second = Api.service().as(TestTokens.admin()).get("/api/customers?page=1&size=1");
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
    }

    @Test
    void renamesWithIfMatchAndRefusesAStaleVersion() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id();

        ApiResponse renamed = ada.api().header("If-Match", "\"0\"").patch(path, Map.of("name", "Ada King"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Ada King");
        assertThat(renamed.header("ETag")).hasValue("\"1\"");

        assertProblem(ada.api().header("If-Match", "\"0\"").patch(path, Map.of("name", "Stale")), 412, "precondition-failed");
        assertThat(ada.api().get(path).text("name")).isEqualTo("Ada King");
    }

    @Test
    void onlyAnAdminMakesACustomerPremium() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id();

        assertProblem(ada.api().patch(path, Map.of("tier", "PREMIUM")), 403, "forbidden");
        assertProblem(Api.service().as(TestTokens.admin()).patch(path, Map.of("tier", "GOLD")), 400, "malformed-json");

        ApiResponse premium = Api.service().as(TestTokens.admin()).header("If-Match", "\"0\"")
                .patch(path, Map.of("tier", "PREMIUM"));
        assertThat(premium.status()).as(premium.toString()).isEqualTo(200);
        assertThat(premium.text("tier")).isEqualTo("PREMIUM");
        assertThat(premium.text("discountRate")).isEqualTo("0.10");
        assertThat(premium.json().path("freeShipping").asBoolean()).isTrue();
        assertThat(premium.json().path("version").asLong()).isEqualTo(1);

        ApiResponse standard = Api.service().as(TestTokens.admin()).patch(path, Map.of("tier", "STANDARD"));
        assertThat(standard.text("discountRate")).isEqualTo("0.00");
    }

    @Test
    void addsAndRemovesAddresses() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id() + "/addresses";

        ApiResponse added = ada.api().post(path, address());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String addressId = added.text("id");
        assertThat(ada.api().get("/api/customers/" + ada.id()).json().path("addresses")).hasSize(1);

        assertThat(ada.api().delete(path + "/" + addressId).status()).isEqualTo(204);
        assertThat(ada.api().get("/api/customers/" + ada.id()).json().path("addresses")).isEmpty();
        assertProblem(ada.api().delete(path + "/" + addressId), 404, "not-found");
    }

    @Test
    void addsCardAndPayPalTokensButNeverCardNumbersOrBarePayPalEmails() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id() + "/payment-methods";

        ApiResponse card = ada.api().post(path, Map.of("type", "CARD", "token", "tok_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c",
                "brand", "visa", "last4", "4242", "expMonth", 12, "expYear", 2030));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        assertThat(card.text("token")).isEqualTo("tok_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c");
        assertThat(card.text("last4")).isEqualTo("4242");

        ApiResponse paypal = ada.api().post(path, Map.of("type", "PAYPAL", "token", PAYPAL_TOKEN,
                "payerEmail", "Ada@Example.test"));
        assertThat(paypal.status()).as(paypal.toString()).isEqualTo(201);
        assertThat(paypal.text("token")).isEqualTo(PAYPAL_TOKEN);
        assertThat(paypal.text("payerEmail")).isEqualTo("ada@example.test");

        long before = CustomerFixtures.count("select count(*) from payment_methods");
        // A payer email nobody verified is not a way to pay: only the payment service's vault token is.
        ApiResponse bareEmail = assertProblem(ada.api().post(path, Map.of("type", "PAYPAL", "payerEmail", "victim@example.test")),
                400, "validation");
        assertThat(bareEmail.json().path("errors").get(0).path("field").asText()).isEqualTo("token");
        assertProblem(ada.api().post(path, Map.of("type", "PAYPAL", "token", "tok_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")),
                400, "validation");
        assertProblem(ada.api().post(path, Map.of("type", "PAYPAL", "token", PAYPAL_TOKEN + "0")), 400, "validation");
        assertProblem(ada.api().post(path, Map.of("type", "CARD", "token", "4242424242424242")), 400, "validation");
        assertProblem(ada.api().post(path, Map.of("type", "CARD", "token", "4242 4242 4242 4242")), 400, "validation");
        ApiResponse raw = assertProblem(ada.api().post(path, Map.of("type", "CARD", "number", "4242424242424242", "cvc", "123")), 400, "validation");
        assertThat(raw.body()).doesNotContain("4242424242424242");
        assertProblem(ada.api().post(path, Map.of("type", "CARD")), 400, "validation");
        assertProblem(ada.api().post(path, Map.of("type", "BITCOIN", "token", "x")), 400, "validation");
        assertProblem(ada.api().post(path, Map.of("type", "CARD", "token", "tok_abc", "expMonth", 12.5)), 400, "malformed-json");
        assertThat(CustomerFixtures.count("select count(*) from payment_methods")).isEqualTo(before);

        ApiResponse customer = ada.api().get("/api/customers/" + ada.id());
        assertThat(customer.json().path("paymentMethods")).hasSize(2);
        assertThat(customer.json().path("paymentMethods").get(1).path("token").asText()).isEqualTo(PAYPAL_TOKEN);
        String cardId = card.text("id");
        assertThat(ada.api().delete(path + "/" + cardId).status()).isEqualTo(204);
        assertProblem(ada.api().delete(path + "/" + UUID.randomUUID()), 404, "not-found");
    }
}
