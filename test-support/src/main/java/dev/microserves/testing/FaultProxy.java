package dev.microserves.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A TCP proxy on loopback that tests put between a service and one of its peers, to stage the
 * faults a network has: it passes traffic, delays it, refuses connections (its port closed, as a
 * peer that is down), or forwards a request and drops the answer (the peer acted, the caller never
 * hears of it). The mode can change at any time and applies to connections already open too, so a
 * caller's pooled keep-alive connection meets the fault as well.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FaultProxy.class.getName());
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private enum Mode { PASS, DELAY, REFUSE, DROP_ANSWERS, DROP_ANSWER_THEN_REFUSE }

    private final int port;
    private final InetSocketAddress target;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger droppedAnswers = new AtomicInteger();
    private volatile Mode mode = Mode.PASS;
    private volatile Duration delay = Duration.ZERO;
    private volatile ServerSocket listener;
    private volatile boolean closed;

    private FaultProxy(int port, InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = bind(port);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    /** A proxy on a free loopback port to {@code targetPort} on loopback, passing everything. */
    public static FaultProxy to(int targetPort) {
        try {
            return new FaultProxy(0, new InetSocketAddress(LOOPBACK, targetPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A proxy on loopback port {@code port} to {@code targetPort}: it stands where a service expects
     * its peer (a fixed port in its configuration) while the peer listens elsewhere.
     */
    public static FaultProxy on(int port, int targetPort) {
        try {
            return new FaultProxy(port, new InetSocketAddress(LOOPBACK, targetPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** How many answers were dropped since the proxy started. */
    public int droppedAnswers() {
        return droppedAnswers.get();
    }

    /** Pass everything through (and listen again if connections were being refused). */
    public synchronized FaultProxy pass() {
        mode = Mode.PASS;
        if (listener == null || listener.isClosed()) {
            try {
                listener = bind(port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            acceptOn(listener);
        }
        return this;
    }

    /** Hold every chunk of a request for {@code by} before forwarding it. */
    public synchronized FaultProxy delay(Duration by) {
        pass();
        delay = by;
        mode = Mode.DELAY;
        return this;
    }

    /** Close the port (new connections are refused) and cut the open ones, as a peer that went down. */
    public synchronized FaultProxy refuseConnections() {
        mode = Mode.REFUSE;
        closeQuietly(listener);
        open.forEach(FaultProxy::closeQuietly);
        return this;
    }

    /** Forward requests, but cut the connection as soon as the peer starts to answer. */
    public synchronized FaultProxy dropAnswers() {
        pass();
        mode = Mode.DROP_ANSWERS;
        return this;
    }

    /**
     * Forward the next request and drop its answer, then refuse connections: a peer that acted and
     * went down before it could answer, so that the caller's retry is never sent.
     */
    public synchronized FaultProxy dropAnswerThenRefuse() {
        pass();
        mode = Mode.DROP_ANSWER_THEN_REFUSE;
        return this;
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly(listener);
        open.forEach(FaultProxy::closeQuietly);
        threads.shutdownNow();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(LOOPBACK, port));
        return socket;
    }

    private void acceptOn(ServerSocket socket) {
        threads.execute(() -> {
            while (!closed && !socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    threads.execute(() -> relay(client));
                } catch (IOException stopped) {
                    return; // the listener was closed: refusing, or closed for good
                }
            }
        });
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket()) {
            open.add(client);
            open.add(upstream);
            upstream.connect(target, 5_000);
            threads.execute(() -> copyRequests(client, upstream));
            copyAnswers(upstream, client);
        } catch (IOException endOfConnection) {
            // either side closed, or a fault cut it: nothing to do
        } finally {
            open.remove(client);
        }
    }

    private void copyRequests(Socket client, Socket upstream) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (mode == Mode.DELAY) {
                    TimeUnit.MILLISECONDS.sleep(delay.toMillis());
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException endOfConnection) {
            // the connection ended
        } finally {
            closeQuietly(upstream);
            open.remove(upstream);
        }
    }

    private void copyAnswers(Socket upstream, Socket client) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        InputStream in = upstream.getInputStream();
        OutputStream out = client.getOutputStream();
        int read;
        while ((read = in.read(buffer)) >= 0) {
            Mode now = mode;
            if (now == Mode.DROP_ANSWERS || now == Mode.REFUSE || now == Mode.DROP_ANSWER_THEN_REFUSE) {
                droppedAnswers.incrementAndGet();
                LOG.fine("Dropping an answer from port " + target.getPort());
                // An abrupt close (RST): the caller sees the connection reset, never the answer.
                client.setSoLinger(true, 0);
                if (now == Mode.DROP_ANSWER_THEN_REFUSE) {
                    refuseConnections();
                }
                return;
            }
            out.write(buffer, 0, read);
            out.flush();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
