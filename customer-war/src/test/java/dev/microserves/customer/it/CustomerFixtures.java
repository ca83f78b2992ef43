package dev.microserves.customer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers customers and signs them in, each test with its own fresh data. */
final class CustomerFixtures {

    static final String PASSWORD = "correct horse battery";

    private CustomerFixtures() {
    }

    static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.test";
    }

    static Map<String, Object> registration(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Ada Lovelace");
        body.put("email", email);
        body.put("password", PASSWORD);
        return body;
    }

    static Map<String, Object> address() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("label", "Home");
        address.put("line1", "12 Analytical Street");
        address.put("city", "London");
        address.put("postalCode", "N1 9GU");
        address.put("country", "GB");
        return address;
    }

    /** A newly registered customer with its id and a token obtained from the token endpoint. */
    record Registered(String id, String email, String token) {
        Api api() {
            return Api.service().as(token);
        }
    }

    static Registered register() {
        String email = uniqueEmail();
        ApiResponse created = Api.service().post("/api/customers", registration(email));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Registered(created.text("id"), email, signIn(email, PASSWORD));
    }

    static String signIn(String email, String password) {
        ApiResponse token = Api.service().post("/api/auth/token", Map.of("email", email, "password", password));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token.text("accessToken");
    }

    static long count(String sql, Object... parameters) {
        try (Connection c = dev.microserves.testing.TestEnvironment.connection();
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long customerRows() {
        return count("select count(*) from customers");
    }

    /** Every table the service owns, as row counts and a checksum of all rows: equal means nothing changed. */
    static String databaseState() {
        StringBuilder state = new StringBuilder();
        for (String table : List.of("customers", "addresses", "payment_methods", "login_failures", "signing_keys")) {
            try (Connection c = dev.microserves.testing.TestEnvironment.connection();
                 PreparedStatement s = c.prepareStatement("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                         + "order by t::text)), '') from " + table + " t");
                 ResultSet r = s.executeQuery()) {
                r.next();
                state.append(table).append('=').append(r.getString(1)).append(' ');
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return state.toString();
    }
}
