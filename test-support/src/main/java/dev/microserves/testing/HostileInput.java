package dev.microserves.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;

/**
 * What the hostile-input tests send: for a text field, the values the contract's text rules
 * (API.md, "Security rules") must refuse, and a way to send them under a short client timeout, so
 * that a request that costs too much fails the test instead of hanging the build.
 */
public final class HostileInput {

    /**
     * The longest any one hostile request may take. Every rule is linear, so a request answers in
     * milliseconds; the margin is for a loaded build machine. A quadratic rule takes minutes here.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Very long runs of one character for JSON fields, within the 1 MiB body limit. */
    public static final List<Integer> BODY_RUNS = List.of(100_000, 1_000_000);

    /**
     * Long runs for query and path parameters and headers. Liberty's HTTP channel refuses a request
     * line or a header field above 32 KiB ({@code limitFieldSize}) before the application sees it,
     * so longer values test the channel, not the service.
     */
    public static final List<Integer> URL_RUNS = List.of(10_000, 30_000);

    /** A request line or header field longer than this may be refused by the HTTP channel, not the service. */
    public static final int CHANNEL_LIMIT = 32_000;

    /** One character of each class no text field may hold: C0, DEL, C1, bidi overrides and isolates. */
    public static final Map<String, String> FORBIDDEN = characters("NUL", "\u0000", "BEL", "\u0007", "ESC", "\u001B",
            "US", "\u001F", "DEL", "\u007F", "C1 PAD", "\u0080", "C1 NEL", "\u0085", "C1 CSI", "\u009B", "C1 APC", "\u009F",
            "LRE", "\u202A", "RLO", "\u202E", "LRI", "\u2066", "PDI", "\u2069");

    /** Tab and line breaks: refused in single-line text, kept in multi-line text. */
    public static final Map<String, String> LINE_BREAKS = characters("TAB", "\t", "LF", "\n", "CR", "\r");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private HostileInput() {
    }

    /** A value to send, with a label short enough for a test report. */
    public record Value(String label, String text) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The values a text field must refuse: one past its longest, very long runs of a character it
     * accepts (alone and ending in {@code refused}, a character it does not accept), a run of
     * spaces ending in a forbidden character, and a short value with each forbidden character in
     * it (and each line break unless the field is {@code multiline}).
     */
    public static List<Value> refused(String accepted, int max, String refused, boolean multiline, List<Integer> runs) {
        List<Value> values = new ArrayList<>();
        values.add(new Value(accepted + " x " + (max + 1), accepted.repeat(max + 1)));
        for (int run : runs) {
            values.add(new Value(accepted + " x " + run, accepted.repeat(run)));
            values.add(new Value(accepted + " x " + run + " + refused", accepted.repeat(run) + refused));
            values.add(new Value("space x " + run + " + ESC", " ".repeat(run) + "\u001B"));
        }
        Map<String, String> characters = new LinkedHashMap<>(FORBIDDEN);
        if (!multiline) {
            characters.putAll(LINE_BREAKS);
        }
        characters.forEach((name, c) -> values.add(new Value("short with " + name, accepted + c + accepted)));
        return values;
    }

    /**
     * The values an {@code Idempotency-Key} (1..255 printable ASCII characters) must refuse: long
     * runs, one past its bound, each forbidden character, a tab, a space, a non-ASCII letter. (A bare
     * CR or LF would end the header line: that is another request, not this header.)
     */
    public static List<Value> refusedKeys() {
        List<Value> values = new ArrayList<>();
        for (int run : URL_RUNS) {
            values.add(new Value("k x " + run, "k".repeat(run)));
            values.add(new Value("k x " + run + " + space", "k".repeat(run) + " k"));
        }
        values.add(new Value("k x 256", "k".repeat(256)));
        FORBIDDEN.forEach((name, c) -> values.add(new Value("with " + name, "k" + c + "k")));
        values.add(new Value("with TAB", "k\tk"));
        values.add(new Value("with a space", "k k"));
        values.add(new Value("non-ASCII", "k\u00e9k"));
        return values;
    }

    /**
     * A refusal as the contract wants it: a 4xx, never a 5xx, with no internals in it, and a
     * problem+json unless {@code contentType} is null (a request Liberty's HTTP channel refuses
     * before the application sees it).
     */
    public static void assertRefused(SoftAssertions softly, String label, int status, String contentType, String body) {
        String shown = body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
        if (status == 0 && contentType == null) {
            // Refused before the application (the caller said so) by a connection closed unanswered.
            return;
        }
        softly.assertThat(status).as("status of %s: %s", label, shown).isBetween(400, 499);
        if (contentType != null) {
            softly.assertThat(contentType).as("content type of %s: %d %s", label, status, shown)
                    .startsWith("application/problem+json");
        }
        softly.assertThat(body == null ? "" : body).as("body of %s", label)
                .doesNotContain("Exception", "java.", "jakarta.", "dev.microserves", "SQL", "\tat ");
    }

    /** The {@code field} of each entry of a validation problem's {@code errors}. */
    public static List<String> errorFields(ApiResponse answer) {
        return StreamSupport.stream(answer.json().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }

    /**
     * Whether Liberty's web container refuses a path holding this (decoded) value itself, before
     * any application sees the request: a C0 control or DEL in the path is answered {@code 400}
     * with its own JSON ({@code {"error_message": "CWWWC0005I: The request URI has invalid or
     * improperly encoded characters ..."}}), not a problem+json. C1 and bidi characters reach the
     * application.
     */
    public static boolean webContainerRefusesInPath(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** For a query or path parameter: UTF-8 percent-encoded, a space as {@code %20}. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends a request with a bearer token (or none), extra headers and a body (a JSON string or an object). */
    public static ApiResponse send(String method, String path, String token, Map<String, String> headers, Object body) {
        URI uri = TestEnvironment.baseUri().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body)));
        try {
            return new ApiResponse(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            if (pastChannelLimit(path, headers)) {
                // Liberty's HTTP channel may drop such a request without a word (it answers 400 at
                // other times): refused before any application ran, which the caller checks.
                return ApiResponse.closedWithoutAnswer();
            }
            throw new UncheckedIOException(method + " " + path.substring(0, Math.min(path.length(), 120)), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What {@link #sendRaw} read back: the status, the Content-Type, and the rest as text. */
    public record RawResponse(int status, String contentType, String text) {
    }

    /**
     * Sends one request over a plain socket, with one header whose value is written as the given
     * bytes: {@code java.net.http} refuses to send C0 controls and DEL in a header, an attacker's
     * client does not.
     */
    public static RawResponse sendRaw(String method, String path, String token, String header, byte[] value, String body) {
        URI base = TestEnvironment.baseUri();
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json, application/problem+json\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
                    + header + ": ").getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(value);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(content);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] statusLine = answer.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            String contentType = "";
            for (String line : answer.split("\r\n\r\n", 2)[0].split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    contentType = line.substring(13).trim();
                }
            }
            return new RawResponse(status, contentType, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Name, character, name, character, ... in this order. */
    private static Map<String, String> characters(String... namesAndCharacters) {
        Map<String, String> characters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCharacters.length; i += 2) {
            characters.put(namesAndCharacters[i], namesAndCharacters[i + 1]);
        }
        return Collections.unmodifiableMap(characters);
    }

    /** Whether the request line or a header is longer than Liberty's HTTP channel takes. */
    private static boolean pastChannelLimit(String path, Map<String, String> headers) {
        return path.length() > CHANNEL_LIMIT || headers.values().stream().anyMatch(v -> v.length() > CHANNEL_LIMIT);
    }
}
