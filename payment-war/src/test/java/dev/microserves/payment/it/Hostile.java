package dev.microserves.payment.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.TestEnvironment;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the hostile-input ITs share: the characters no text field takes, the refusal they expect, the database's row counts. */
final class Hostile {

    /** One of each class the contract names: C0 (NUL, BEL, ESC, tab, line feed), DEL, C1, bidi overrides and isolates. */
    static final Map<String, String> CONTROL_CHARACTERS = controlCharacters();

    private Hostile() {
    }

    private static Map<String, String> controlCharacters() {
        Map<String, String> chars = new TreeMap<>();
        chars.put("C0 NUL", "\u0000");
        chars.put("C0 BEL", "\u0007");
        chars.put("C0 ESC", "\u001B");
        chars.put("C0 TAB", "\t");
        chars.put("C0 LF", "\n");
        chars.put("C0 CR", "\r");
        chars.put("C0 US", "\u001F");
        chars.put("DEL", "\u007F");
        chars.put("C1 PAD", "\u0080");
        chars.put("C1 NEL", "\u0085");
        chars.put("C1 CSI", "\u009B");
        chars.put("C1 APC", "\u009F");
        for (char c = '\u202A'; c <= '\u202E'; c++) {
            chars.put("bidi U+" + Integer.toHexString(c).toUpperCase(), String.valueOf(c));
        }
        for (char c = '\u2066'; c <= '\u2069'; c++) {
            chars.put("bidi U+" + Integer.toHexString(c).toUpperCase(), String.valueOf(c));
        }
        return chars;
    }

    /** A refusal as the contract wants one: 4xx, problem+json with its slug and trace id, nothing internal. */
    static RawHttp.Reply assertRefused(String what, RawHttp.Reply reply) {
        assertThat(reply.status()).as("status of %s: %s", what, reply).isBetween(400, 499);
        assertThat(reply.contentType()).as("content type of %s: %s", what, reply).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asText()).as(what).startsWith("https://microserves.dev/problems/");
        assertThat(reply.json().path("status").asInt()).as(what).isEqualTo(reply.status());
        assertThat(reply.json().path("traceId").asText()).as(what).matches("[0-9a-f]{32}");
        assertThat(reply.body()).as(what).doesNotContain("Exception", "java.", "jakarta.", "dev.microserves", "SQL", "\tat ");
        return reply;
    }

    /** A 400 validation problem that names the field. */
    static RawHttp.Reply assertInvalid(String what, String field, RawHttp.Reply reply) {
        assertRefused(what, reply);
        assertThat(reply.status()).as("%s: %s", what, reply).isEqualTo(400);
        assertThat(reply.json().path("type").asText()).as(what).endsWith("/validation");
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as("fields refused in %s: %s", what, reply).contains(field);
        return reply;
    }

    /** A path segment or query value as it goes on the wire. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The row count of every table in the service's database. */
    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = TestEnvironment.connection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(counts).containsKeys("payments", "refunds", "card_tokens", "paypal_agreements", "idempotency_keys");
        return counts;
    }
}
