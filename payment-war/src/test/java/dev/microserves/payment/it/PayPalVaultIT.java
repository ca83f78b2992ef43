package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.APPROVED;
import static dev.microserves.payment.it.Fixtures.asService;
import static dev.microserves.payment.it.Fixtures.cardCharge;
import static dev.microserves.payment.it.Fixtures.charge;
import static dev.microserves.payment.it.Fixtures.chargeBody;
import static dev.microserves.payment.it.Fixtures.count;
import static dev.microserves.payment.it.Fixtures.linkPayPal;
import static dev.microserves.payment.it.Fixtures.money;
import static dev.microserves.payment.it.Fixtures.payPalTokenCharge;
import static dev.microserves.payment.it.Fixtures.paymentsOfOrder;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The simulated PayPal vault: a payer is linked to one customer and stands behind a pp_ token; a
 * PayPal charge names that token, which pays for its own customer only, and an e-mail alone pays for nobody.
 */
@ExtendWith(ArquillianExtension.class)
class PayPalVaultIT {

    private static final String PAYPAL = "/api/payment-methods/paypal";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void aCustomerLinksAPayerAndGetsATokenBoundToItself() {
        UUID customer = UUID.randomUUID();

        ApiResponse linked = asCustomer(customer).post(PAYPAL, Map.of("payerEmail", "buyer@example.com"));

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        String token = linked.text("token");
        assertThat(token).matches("^pp_[A-Za-z0-9]{32}$");
        assertThat(linked.text("payerEmail")).isEqualTo("buyer@example.com");
        assertThat(linked.text("customerId")).isEqualTo(customer.toString());
        assertThat(fieldNames(linked.json())).containsExactlyInAnyOrder("token", "payerEmail", "customerId");
        assertThat(linked.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(PAYPAL + "/" + token));
        assertThat(count("select count(*) from paypal_agreements where token = ? and customer_id = ? "
                + "and payer_email = 'buyer@example.com'", token, customer)).isEqualTo(1);

        ApiResponse own = asCustomer(customer).post(PAYPAL, Map.of("payerEmail", "other@example.com",
                "customerId", customer.toString()));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.text("token")).isNotEqualTo(token);
    }

    @Test
    void anAdminLinksForANamedCustomerOnlyAndNobodyElseLinksForAnother() {
        UUID customer = UUID.randomUUID();
        Api asAdmin = Api.service().as(TestTokens.admin());
        long before = count("select count(*) from paypal_agreements");

        ApiResponse byAdmin = asAdmin.post(PAYPAL, Map.of("payerEmail", "buyer@example.com", "customerId", customer.toString()));
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(201);
        assertThat(byAdmin.text("customerId")).isEqualTo(customer.toString());

        assertThat(errors(assertProblem(asAdmin.post(PAYPAL, Map.of("payerEmail", "buyer@example.com")), 400, "validation")))
                .containsExactly("customerId: is required when an admin links a PayPal payer");
        assertProblem(asCustomer(UUID.randomUUID()).post(PAYPAL, Map.of("payerEmail", "victim@example.com",
                "customerId", customer.toString())), 403, "forbidden");
        assertProblem(asService().post(PAYPAL, Map.of("payerEmail", "buyer@example.com", "customerId", customer.toString())),
                403, "forbidden");
        assertProblem(Api.service().as(TestTokens.mint("not-a-customer-id", Duration.ofMinutes(5), "customer"))
                .post(PAYPAL, Map.of("payerEmail", "buyer@example.com")), 403, "forbidden");
        assertThat(Api.service().post(PAYPAL, Map.of("payerEmail", "buyer@example.com")).status()).isEqualTo(401);
        assertThat(count("select count(*) from paypal_agreements")).isEqualTo(before + 1);
    }

    @Test
    void refusesWhatIsNotAnEmailAddressAndStoresNothing() {
        Api api = asCustomer(UUID.randomUUID());
        long before = count("select count(*) from paypal_agreements");

        for (String bad : List.of("", "no-at-sign", "a@b", "a@@b.example", "a b@example.com", "a@example.com.",
                "x".repeat(243) + "@example.com")) {
            assertThat(errors(assertProblem(api.post(PAYPAL, Map.of("payerEmail", bad)), 400, "validation")))
                    .as(bad).hasSize(1).allMatch(e -> e.startsWith("payerEmail: "));
        }
        assertThat(errors(assertProblem(api.post(PAYPAL, Map.of()), 400, "validation"))).containsExactly("payerEmail: must not be null");
        assertProblem(api.post(PAYPAL, "{\"payerEmail\": \"a@b.example\", \"customerId\": \"nope\"}"), 400, "malformed-json");
        assertThat(count("select count(*) from paypal_agreements")).isEqualTo(before);
    }

    @Test
    void theOwnerAnAdminAndServicesReadATokenAndOtherCustomersDoNot() {
        UUID owner = UUID.randomUUID();
        String token = linkPayPal(owner, "buyer@example.com");
        String path = PAYPAL + "/" + token;

        ApiResponse own = asCustomer(owner).get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("token")).isEqualTo(token);
        assertThat(own.text("payerEmail")).isEqualTo("buyer@example.com");
        assertThat(own.text("customerId")).isEqualTo(owner.toString());
        assertThat(Api.service().as(TestTokens.admin()).get(path).json()).isEqualTo(own.json());
        assertThat(asService().get(path).json()).isEqualTo(own.json());
        assertProblem(asCustomer(UUID.randomUUID()).get(path), 404, "not-found");
        assertProblem(asService().get(PAYPAL + "/pp_" + "x".repeat(32)), 404, "not-found");
        assertProblem(asService().get(PAYPAL + "/" + tokenize(owner, APPROVED)), 404, "not-found");
        assertProblem(asService().get(PAYPAL + "/nope"), 404, "not-found");
        assertThat(Api.service().get(path).status()).isEqualTo(401);
    }

    @Test
    void aPayPalChargeNamesItsTokenAndChargesTheLinkedPayer() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String token = linkPayPal(customer, "buyer@example.com");

        ApiResponse paid = charge(payPalTokenCharge(order, customer, "7.00", token));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.text("processor")).isEqualTo("paypal");
        assertThat(paid.text("/method/type")).isEqualTo("PAYPAL");
        assertThat(paid.text("/method/payerEmail")).isEqualTo("buyer@example.com");
        assertThat(count("select count(*) from payments where order_id = ? and status = 'CAPTURED' and paypal_token = ? "
                + "and payer_email = 'buyer@example.com' and card_token is null", order, token)).isEqualTo(1);
    }

    @Test
    void aPayerAtTheDecliningDomainIsLinkedAndThenDeclinedAtChargeTime() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String token = linkPayPal(customer, "broke@decline.test");

        ApiResponse declined = charge(payPalTokenCharge(order, customer, "7.00", token));

        assertProblem(declined, 402, "payment-declined");
        assertThat(declined.text("declineCode")).isEqualTo("paypal_declined");
        assertThat(count("select count(*) from payments where order_id = ? and status = 'DECLINED' and paypal_token = ?",
                order, token)).isEqualTo(1);
    }

    @Test
    void anotherCustomersPayPalTokenIsRefusedExactlyLikeAnotherCustomersCard() {
        UUID victim = UUID.randomUUID();
        UUID thief = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String victimsPayPal = linkPayPal(victim, "victim@example.com");
        String victimsCard = tokenize(victim, APPROVED);

        ApiResponse byPayPal = charge(payPalTokenCharge(order, thief, "9.00", victimsPayPal));
        ApiResponse byCard = charge(cardCharge(order, thief, "9.00", victimsCard));
        ApiResponse unknown = charge(payPalTokenCharge(order, thief, "9.00", "pp_" + "x".repeat(32)));

        assertProblem(byCard, 422, "unknown-payment-method");
        assertProblem(byPayPal, byCard.status(), "unknown-payment-method");
        assertThat(byPayPal.text("title")).isEqualTo(byCard.text("title"));
        assertThat(byPayPal.text("detail")).isEqualTo(byCard.text("detail"));
        assertProblem(unknown, 422, "unknown-payment-method");
        assertThat(paymentsOfOrder(order)).isZero();
    }

    @Test
    void aPayPalChargeByEmailOrWithTheWrongKindOfTokenIsA400AndWritesNothing() {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String payPal = linkPayPal(customer, "buyer@example.com");
        String card = tokenize(customer, APPROVED);
        long keys = count("select count(*) from idempotency_keys");

        assertThat(errors(assertProblem(charge(chargeBody(order, customer, money("3.00"),
                method("PAYPAL", null, "buyer@example.com"))), 400, "validation"))).containsExactly(
                "method.token: is required for a PAYPAL payment: a PayPal token from POST /api/payment-methods/paypal",
                "method.payerEmail: must not be given for a PAYPAL payment: its token names the payer");
        assertThat(errors(assertProblem(charge(chargeBody(order, customer, money("3.00"),
                method("PAYPAL", payPal, "buyer@example.com"))), 400, "validation"))).containsExactly(
                "method.payerEmail: must not be given for a PAYPAL payment: its token names the payer");
        assertThat(errors(assertProblem(charge(chargeBody(order, customer, money("3.00"), method("PAYPAL", card, null))),
                400, "validation"))).containsExactly("method.token: must be a PayPal token from POST /api/payment-methods/paypal");
        assertThat(errors(assertProblem(charge(chargeBody(order, customer, money("3.00"), method("CARD", payPal, null))),
                400, "validation"))).containsExactly("method.token: must be a card token from POST /api/payment-methods/tokens");

        assertThat(paymentsOfOrder(order)).isZero();
        assertThat(count("select count(*) from idempotency_keys")).as("nothing kept for refused requests").isEqualTo(keys);
    }

    private static Map<String, Object> method(String type, String token, String payerEmail) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("type", type);
        if (token != null) {
            method.put("token", token);
        }
        if (payerEmail != null) {
            method.put("payerEmail", payerEmail);
        }
        return method;
    }

    private static Api asCustomer(UUID customer) {
        return Api.service().as(TestTokens.customer(customer.toString()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> errors(ApiResponse problem) {
        List<String> errors = new ArrayList<>();
        problem.json().path("errors").forEach(e -> errors.add(e.path("field").asText() + ": " + e.path("message").asText()));
        return errors;
    }
}
