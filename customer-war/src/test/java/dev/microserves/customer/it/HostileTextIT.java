package dev.microserves.customer.it;

import static dev.microserves.customer.it.CustomerFixtures.databaseState;
import static dev.microserves.customer.it.CustomerFixtures.register;
import static dev.microserves.customer.it.CustomerFixtures.registration;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.customer.it.CustomerFixtures.Registered;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.Concurrently;
import dev.microserves.testing.ServiceDeployment;
import java.util.List;
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

/**
 * The attacks of issue 9 on text: inputs that cost a backtracking pattern quadratic time, and
 * control characters that broke PostgreSQL (NUL) or rewrote what screens and logs show (ESC,
 * DEL, C1, bidi overrides). Each is a quick 400 validation, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileTextIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void answersAnEmailOfTwoHundredThousandDotsQuicklyEvenTwiceAtOnce() {
        String before = databaseState();
        Map<String, Object> body = registration("a@" + ".".repeat(200_000) + "@");

        List<ApiResponse> answers = Concurrently.allAtOnce(2,
                () -> Within.clientTimeout(() -> Api.service().post("/api/customers", body)));

        for (ApiResponse answer : answers) {
            assertProblem(answer, 400, "validation");
            assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactly("email");
        }
        assertThat(databaseState()).isEqualTo(before);
    }

    @Test
    void answersANameOfTwoHundredThousandSpacesAndAControlCharacterQuickly() {
        Registered ada = register();
        String before = databaseState();

        ApiResponse answer = Within.clientTimeout(() -> ada.api().patch("/api/customers/" + ada.id(),
                Map.of("name", " ".repeat(200_000) + "\u0007")));

        assertProblem(answer, 400, "validation");
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(databaseState()).isEqualTo(before);
    }

    @Test
    void refusesANulInANameAndInTheSignInEmail() {
        Registered ada = register();
        String before = databaseState();

        assertProblem(ada.api().patch("/api/customers/" + ada.id(), Map.of("name", "Ada\u0000Lovelace")), 400, "validation");
        ApiResponse signIn = assertProblem(Api.service().post("/api/auth/token",
                Map.of("email", ada.email() + "\u0000", "password", CustomerFixtures.PASSWORD)), 400, "validation");
        assertThat(signIn.json().path("errors").findValuesAsText("field")).containsExactly("email");

        assertThat(databaseState()).isEqualTo(before);
    }

    /** One of each class the contract forbids, inside otherwise ordinary text. */
    static Stream<Arguments> forbiddenCharacters() {
        return Stream.of(
                Arguments.of("NUL", "\u0000"),
                Arguments.of("ESC sequence", "\u001b[2J\u001b[31m"),
                Arguments.of("line feed", "\n"),
                Arguments.of("DEL", "\u007f"),
                Arguments.of("C1 NEL", "\u0085"),
                Arguments.of("C1 CSI", "\u009b31m"),
                Arguments.of("left-to-right embedding", "\u202a"),
                Arguments.of("right-to-left override", "\u202e"),
                Arguments.of("pop directional formatting", "\u202c"),
                Arguments.of("left-to-right isolate", "\u2066"),
                Arguments.of("pop directional isolate", "\u2069"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenCharacters")
    void refusesTheCharacterInEveryTextFieldAndStoresNothing(String why, String forbidden) {
        Registered ada = register();
        String before = databaseState();
        String text = "Ada " + forbidden + "Lovelace";
        String path = "/api/customers/" + ada.id();

        Map<String, Object> named = registration(CustomerFixtures.uniqueEmail());
        named.put("name", text);
        assertRefused(Api.service().post("/api/customers", named), "name");
        Map<String, Object> mailed = registration("ada" + forbidden + "@example.test");
        assertRefused(Api.service().post("/api/customers", mailed), "email");
        Map<String, Object> password = registration(CustomerFixtures.uniqueEmail());
        password.put("password", "long enough " + forbidden + "password");
        assertRefused(Api.service().post("/api/customers", password), "password");

        assertRefused(ada.api().patch(path, Map.of("name", text)), "name");
        for (String field : List.of("label", "line1", "line2", "city", "postalCode", "country")) {
            Map<String, Object> address = CustomerFixtures.address();
            address.put(field, field.equals("country") ? "G" + forbidden : text);
            assertRefused(ada.api().header("If-Match", "\"0\"").post(path + "/addresses", address), field);
        }
        assertRefused(ada.api().post(path + "/payment-methods", Map.of("type", "CARD", "token", "tok_" + forbidden)), "token");
        assertRefused(ada.api().post(path + "/payment-methods", Map.of("type", "CARD", "token", "tok_abc", "brand", "Vi" + forbidden)), "brand");
        assertRefused(ada.api().post(path + "/payment-methods", Map.of("type", "PAYPAL",
                "token", "pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", "payerEmail", "ada" + forbidden + "@example.test")), "payerEmail");
        assertRefused(Api.service().post("/api/auth/token", Map.of("email", ada.email() + forbidden, "password", "whatever it is")), "email");
        assertRefused(Api.service().post("/api/auth/token", Map.of("clientId", "order" + forbidden, "clientSecret", "whatever")), "clientId");

        assertThat(databaseState()).isEqualTo(before);
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertProblem(response, 400, "validation");
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
