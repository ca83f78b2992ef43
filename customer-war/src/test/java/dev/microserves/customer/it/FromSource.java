package dev.microserves.customer.it;

import dev.microserves.testing.Api;
import dev.microserves.testing.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-in requests from a source address of the test's own choosing: every 127.x.y.z address is
 * this machine, so a test binds its socket to a fresh one and the service sees a distinct client.
 * That keeps one test's failed sign-ins from throttling every other test (which sign in from
 * 127.0.0.1). The JDK's HTTP client cannot bind a local address, hence this small HTTP/1.1 writer.
 */
final class FromSource {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final InetAddress address;

    private FromSource(InetAddress address) {
        this.address = address;
    }

    /** A loopback address no other test in this run uses. */
    static FromSource fresh() {
        int n = NEXT.getAndIncrement();
        try {
            return new FromSource(InetAddress.getByAddress(new byte[] {127, 77, (byte) (n >> 8), (byte) (n & 0xff)}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the service answered: the status, and the headers tests look at. */
    record Answer(int status, Map<String, String> headers, String head) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    Answer signIn(Map<String, ?> credentials) {
        return post("/api/auth/token", credentials);
    }

    Answer post(String path, Object body) {
        byte[] json;
        try {
            json = Api.JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = TestEnvironment.baseUri().getPort();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout((int) Within.CLIENT_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json, application/problem+json\r\n"
                    + "Content-Length: " + json.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(json);
            out.flush();
            return parse(readHead(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + address + " within the client timeout", e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            lastFour = (lastFour << 8) | b;
            if (lastFour == 0x0d0a0d0a) { // the blank line after the headers
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static Answer parse(String head) {
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, head);
    }

    @Override
    public String toString() {
        return address.getHostAddress();
    }
}
