package dev.microserves.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {

    private final AtomicInteger handled = new AtomicInteger();
    private HttpServer peer;
    private FaultProxy proxy;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startPeerBehindTheProxy() throws IOException {
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.createContext("/charge", exchange -> {
            handled.incrementAndGet();
            byte[] body = "captured".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        peer.start();
        proxy = FaultProxy.to(peer.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        proxy.close();
        peer.stop(0);
    }

    private HttpResponse<String> charge() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(proxy.url() + "/charge"))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void passesRequestsAndAnswersThrough() throws Exception {
        assertThat(charge().body()).isEqualTo("captured");
        assertThat(handled).hasValue(1);
    }

    @Test
    void aDroppedAnswerLeavesThePeerHavingActedAndTheCallerWithoutAnAnswer() throws Exception {
        proxy.dropAnswers();
        assertThatThrownBy(this::charge).isInstanceOf(IOException.class);
        assertThat(handled).hasValue(1);
        assertThat(proxy.droppedAnswers()).isEqualTo(1);

        proxy.pass();
        assertThat(charge().statusCode()).isEqualTo(201);
        assertThat(handled).hasValue(2);
    }

    @Test
    void refusedConnectionsNeverReachThePeerAndPassingListensAgainOnTheSamePort() throws Exception {
        int port = proxy.port();
        proxy.refuseConnections();
        assertThatThrownBy(this::charge).isInstanceOf(IOException.class);
        assertThat(handled).hasValue(0);

        proxy.pass();
        assertThat(proxy.port()).isEqualTo(port);
        assertThat(charge().statusCode()).isEqualTo(201);
    }

    @Test
    void aDroppedAnswerThenRefusedConnectionsLeaveTheRetryUnsent() throws Exception {
        proxy.dropAnswerThenRefuse();
        assertThatThrownBy(this::charge).isInstanceOf(IOException.class);
        assertThatThrownBy(this::charge).isInstanceOf(IOException.class);
        assertThat(handled).as("the first request arrived, the retry never did").hasValue(1);
        assertThat(proxy.droppedAnswers()).isEqualTo(1);
    }

    @Test
    void aDelayedRequestStillArrives() throws Exception {
        proxy.delay(Duration.ofMillis(200));
        assertThat(charge().statusCode()).isEqualTo(201);
        assertThat(handled).hasValue(1);
    }
}
