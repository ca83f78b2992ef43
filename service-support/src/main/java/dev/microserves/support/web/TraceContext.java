package dev.microserves.support.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The W3C trace id (and the path) of the request the current thread serves. Set by {@link TraceContextFilter}
 * when a request arrives (taken from its {@code traceparent} header, or new), read by problem
 * responses and log lines, and sent on by {@link TracePropagationFilter} on outgoing calls.
 */
public final class TraceContext {

    private static final Pattern TRACEPARENT =
            Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$");
    private static final String INVALID_TRACE_ID = "00000000000000000000000000000000";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<String> CURRENT_PATH = new ThreadLocal<>();

    private TraceContext() {
    }

    /** The current trace id; a new one when the thread serves no request (a scheduled job, say). */
    public static String currentTraceId() {
        String id = CURRENT.get();
        return id != null ? id : newTraceId();
    }

    /**
     * A {@code traceparent} for work the current request causes later (an event it publishes):
     * its trace id with a new span id; a new trace when the thread serves no request.
     */
    public static String currentTraceparent() {
        return traceparent(currentTraceId());
    }

    /** The path of the request the current thread serves ({@code /api/orders}), if it serves one. */
    public static String currentRequestPath() {
        return CURRENT_PATH.get();
    }

    static void set(String traceId, String requestPath) {
        CURRENT.set(traceId);
        CURRENT_PATH.set(requestPath);
    }

    static void clear() {
        CURRENT.remove();
        CURRENT_PATH.remove();
    }

    /** The trace id carried by a {@code traceparent} header, or a new one if it carries none. */
    static String fromTraceparent(String header) {
        if (header != null) {
            var matcher = TRACEPARENT.matcher(header.trim());
            if (matcher.matches() && !INVALID_TRACE_ID.equals(matcher.group(1))) {
                return matcher.group(1);
            }
        }
        return newTraceId();
    }

    static String traceparent(String traceId) {
        return "00-" + traceId + "-" + randomHex(8) + "-01";
    }

    static String newTraceId() {
        return randomHex(16);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
