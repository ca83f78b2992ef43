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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Revalidating a customer read ({@code If-None-Match} against the version ETag): a 304 without a
 * body while nothing changed, a 200 with the new version after any change an order depends on,
 * and the same authorization as a plain read. (A read without If-None-Match is unchanged:
 * {@link CustomerAccessIT#aCustomerReadsItselfWithAnETag}.)
 */
@ExtendWith(ArquillianExtension.class)
class ConditionalReadIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    private static Api service() {
        return Api.service().as(TestTokens.service());
    }

    private static ApiResponse read(Api caller, String customerId, String ifNoneMatch) {
        return caller.header("If-None-Match", ifNoneMatch).get("/api/customers/" + customerId);
    }

    @Test
    void theCurrentVersionIsAnsweredWith304AndNoBody() {
        Registered ada = register();
        ApiResponse first = service().get("/api/customers/" + ada.id());
        String etag = first.header("ETag").orElseThrow();

        for (Api caller : List.of(service(), ada.api(), Api.service().as(TestTokens.admin()))) {
            ApiResponse again = read(caller, ada.id(), etag);
            assertThat(again.status()).as(again.toString()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.header("ETag")).hasValue(etag);
        }
        assertThat(read(service(), ada.id(), "W/" + etag).status()).as("weak comparison").isEqualTo(304);
        assertThat(read(service(), ada.id(), "\"41\", " + etag).status()).as("one of a list").isEqualTo(304);
        assertThat(read(service(), ada.id(), "*").status()).as("any version").isEqualTo(304);
    }

    @Test
    void everyChangeAnOrderReadsGivesANewVersionAnd200() {
        Registered ada = register();
        String path = "/api/customers/" + ada.id();
        String etag = service().get(path).header("ETag").orElseThrow();

        String addressId = ada.api().post(path + "/addresses", address()).text("id");
        ApiResponse withAddress = read(service(), ada.id(), etag);
        assertThat(withAddress.status()).as(withAddress.toString()).isEqualTo(200);
        assertThat(withAddress.json().path("addresses")).hasSize(1);
        assertThat(withAddress.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        etag = withAddress.header("ETag").orElseThrow();

        assertThat(ada.api().delete(path + "/addresses/" + addressId).status()).isEqualTo(204);
        ApiResponse addressRemoved = read(service(), ada.id(), etag);
        assertThat(addressRemoved.status()).as(addressRemoved.toString()).isEqualTo(200);
        assertThat(addressRemoved.json().path("addresses")).isEmpty();
        etag = newTag(addressRemoved, etag);

        String cardId = ada.api().post(path + "/payment-methods", Map.of("type", "CARD",
                "token", "tok_" + UUID.randomUUID().toString().replace("-", ""))).text("id");
        ApiResponse withCard = read(service(), ada.id(), etag);
        assertThat(withCard.status()).isEqualTo(200);
        assertThat(withCard.json().path("paymentMethods")).hasSize(1);
        etag = newTag(withCard, etag);

        assertThat(ada.api().delete(path + "/payment-methods/" + cardId).status()).isEqualTo(204);
        ApiResponse cardRemoved = read(service(), ada.id(), etag);
        assertThat(cardRemoved.status()).isEqualTo(200);
        assertThat(cardRemoved.json().path("paymentMethods")).isEmpty();
        etag = newTag(cardRemoved, etag);

        assertThat(Api.service().as(TestTokens.admin()).patch(path, Map.of("tier", "PREMIUM")).status()).isEqualTo(200);
        ApiResponse premium = read(service(), ada.id(), etag);
        assertThat(premium.status()).isEqualTo(200);
        assertThat(premium.text("discountRate")).isEqualTo("0.10");
        etag = newTag(premium, etag);

        assertThat(read(service(), ada.id(), etag).status()).as("and then unchanged again").isEqualTo(304);
    }

    @Test
    void a304IsGuardedExactlyLikeA200() {
        Registered ada = register();
        Registered eve = register();
        String etag = service().get("/api/customers/" + ada.id()).header("ETag").orElseThrow();

        assertProblem(read(eve.api(), ada.id(), etag), 403, "forbidden");
        assertProblem(read(Api.service(), ada.id(), etag), 401, "unauthorized");
        assertThat(read(Api.service().as(TestTokens.expired(ada.id(), "customer")), ada.id(), etag).status()).isEqualTo(401);
        assertProblem(read(service(), UUID.randomUUID().toString(), "\"0\""), 404, "not-found");
        assertProblem(read(service(), UUID.randomUUID().toString(), "*"), 404, "not-found");
        assertProblem(read(eve.api(), UUID.randomUUID().toString(), "\"0\""), 403, "forbidden");
    }

    @Test
    void anUnreadableIfNoneMatchIsIgnored() {
        Registered ada = register();
        String version = "0";

        for (String header : List.of("garbage", version, "\"abc\"", "W/", "\"\"", ",,,", "\"0", "0\"",
                "\"99999999999999999999999999\"", "\"-0\"", "\"0\"x", "\"1\"".repeat(2000))) {
            ApiResponse answer = read(service(), ada.id(), header);
            assertThat(answer.status()).as(header.length() > 40 ? "a long header" : header).isEqualTo(200);
            assertThat(answer.text("id")).isEqualTo(ada.id());
        }
    }

    private static String newTag(ApiResponse answer, String previous) {
        String tag = answer.header("ETag").orElseThrow();
        assertThat(tag).isNotEqualTo(previous);
        return tag;
    }
}
