package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.address;
import static dev.microserves.customer.it.CustomerFixtures.customerRows;
import static dev.microserves.customer.it.CustomerFixtures.registration;
import static dev.microserves.customer.it.CustomerFixtures.uniqueEmail;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void registersAStandardCustomerWithItsShippingAddress() {
        String email = uniqueEmail();
        var body = registration(email);
        body.put("shippingAddress", address());

        ApiResponse created = Api.service().post("/api/customers", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/customers/" + created.text("id")));
        assertThat(created.header("ETag")).hasValue("\"0\"");
        assertThat(created.text("email")).isEqualTo(email);
        assertThat(created.text("tier")).isEqualTo("STANDARD");
        assertThat(created.text("discountRate")).isEqualTo("0.00");
        assertThat(created.json().path("freeShipping").asBoolean()).isFalse();
        assertThat(created.json().path("addresses").get(0).path("country").asText()).isEqualTo("GB");
        assertThat(created.text("createdAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(created.body()).doesNotContain(CustomerFixtures.PASSWORD).doesNotContain("pbkdf2");
    }

    @Test
    void storesThePasswordOnlyAsASaltedSlowHash() {
        String email = uniqueEmail();
        Api.service().post("/api/customers", registration(email));

        assertThat(CustomerFixtures.count("select count(*) from customers where email = ? and password_hash like 'pbkdf2-sha256$%'", email))
                .isEqualTo(1);
        assertThat(CustomerFixtures.count("select count(*) from customers where password_hash like ?", "%" + CustomerFixtures.PASSWORD + "%"))
                .isZero();
    }

    @Test
    void refusesASecondRegistrationWithTheSameEmailInAnyCase() {
        String email = uniqueEmail();
        Api.service().post("/api/customers", registration(email));
        long before = customerRows();

        assertProblem(Api.service().post("/api/customers", registration(email.toUpperCase())), 409, "email-taken");
        assertThat(customerRows()).isEqualTo(before);
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.of(
                Arguments.of("missing name", Map.of("email", uniqueEmail(), "password", "long enough password"), "name"),
                Arguments.of("blank name", Map.of("name", "  ", "email", uniqueEmail(), "password", "long enough password"), "name"),
                Arguments.of("NUL in name", Map.of("name", "Eve\u0000", "email", uniqueEmail(), "password", "long enough password"), "name"),
                Arguments.of("not an email", Map.of("name", "Eve", "email", "eve-at-example", "password", "long enough password"), "email"),
                Arguments.of("short password", Map.of("name", "Eve", "email", uniqueEmail(), "password", "short"), "password"),
                Arguments.of("missing password", Map.of("name", "Eve", "email", uniqueEmail()), "password"),
                Arguments.of("name too long", Map.of("name", "x".repeat(201), "email", uniqueEmail(), "password", "long enough password"), "name"),
                Arguments.of("unknown country", Map.of("name", "Eve", "email", uniqueEmail(), "password", "long enough password",
                        "shippingAddress", Map.of("label", "Home", "line1", "1 Road", "city", "Town", "postalCode", "123", "country", "XX")), "country"),
                Arguments.of("address without city", Map.of("name", "Eve", "email", uniqueEmail(), "password", "long enough password",
                        "shippingAddress", Map.of("label", "Home", "line1", "1 Road", "postalCode", "123", "country", "DE")), "shippingAddress.city"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void refusesInvalidRegistrationsNamingTheFieldAndWritingNothing(String why, Map<String, Object> body, String field) {
        long before = customerRows();

        ApiResponse refused = assertProblem(Api.service().post("/api/customers", body), 400, "validation");

        assertThat(refused.json().path("errors").findValuesAsText("field")).contains(field);
        assertThat(customerRows()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWrongTypesAndNonObjects() {
        long before = customerRows();

        assertProblem(Api.service().post("/api/customers", "{\"name\": \"Eve\", \"email\": "), 400, "malformed-json");
        assertProblem(Api.service().post("/api/customers", "{\"name\": [1, 2], \"email\": \"e@x.test\", \"password\": \"long enough password\"}"), 400, "malformed-json");
        assertProblem(Api.service().post("/api/customers", "[]"), 400, "malformed-json");
        assertProblem(Api.service().post("/api/customers", "[{\"name\": \"Eve\", \"email\": \"" + uniqueEmail()
                + "\", \"password\": \"long enough password\"}]"), 400, "malformed-json");
        assertProblem(Api.service().post("/api/customers", "null"), 400, "validation");
        assertThat(customerRows()).isEqualTo(before);
    }

    @Test
    void refusesAnOversizedBodyWithoutReadingIt() {
        String huge = "{\"name\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";

        assertProblem(Api.service().post("/api/customers", huge), 413, "payload-too-large");
    }

    @Test
    void refusesOtherMediaTypes() {
        ApiResponse response = Api.service().header("Content-Type", "text/plain")
                .send("POST", "/api/customers", null);

        assertThat(response.status()).isIn(400, 415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void keepsHostileTextAsPlainData() {
        String email = uniqueEmail();
        var body = registration(email);
        body.put("name", "Robert'); DROP TABLE customers;-- <script>alert(1)</script>");

        ApiResponse created = Api.service().post("/api/customers", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Robert'); DROP TABLE customers;-- <script>alert(1)</script>");
        assertThat(customerRows()).isPositive();
    }
}
