package dev.microserves.payment.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.testing.Api;
import dev.microserves.testing.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client refuses to send: control characters
 * and non-Latin-1 characters in header values, and very long request lines. Every request has a
 * deadline: a server that does not answer in time fails the test with {@link AssertionError},
 * never hangs the build.
 */
final class RawHttp {

    /** Far above any honest answer, far below what a quadratic pattern over these inputs takes. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private RawHttp() {
    }

    /** An answer: status, headers (lower-case names), body. */
    record Reply(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException notJson) {
                throw new AssertionError("not JSON: " + this, notJson);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /**
     * Sends one request. {@code target} is the request target as it goes on the wire (percent-encode
     * it yourself); header values and the body go as UTF-8 bytes, whatever they hold.
     */
    static Reply send(String method, String target, Map<String, String> headers, String body) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        int port = TestEnvironment.baseUri().getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, method + " " + target + " HTTP/1.1\r\n");
            write(head, "Host: localhost:" + port + "\r\n");
            write(head, "Accept: application/json, application/problem+json\r\n");
            write(head, "Connection: close\r\n");
            if (body != null) {
                write(head, "Content-Type: application/json\r\n");
            }
            write(head, "Content-Length: " + content.length + "\r\n");
            for (Map.Entry<String, String> header : headers.entrySet()) {
                write(head, header.getKey() + ": " + header.getValue() + "\r\n");
            }
            write(head, "\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                out.write(content);
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before it has read everything: read what it said.
            }
            return read(socket, deadline);
        } catch (SocketTimeoutException timeout) {
            throw new AssertionError("no answer within " + DEADLINE + " to " + method + " "
                    + (target.length() > 100 ? target.substring(0, 100) + "…" : target), timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply read(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (deadline - System.nanoTime() <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException reset) {
                if (all.size() > 0) {
                    break; // answered, then reset the connection instead of closing it
                }
                throw reset;
            }
            if (n < 0) {
                break;
            }
            all.write(buffer, 0, n);
        }
        return parse(all.toByteArray());
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("not an HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("a chunk without its size line");
    }
}
