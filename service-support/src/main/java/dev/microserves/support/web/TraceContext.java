package dev.microserves.support.web;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The W3C trace id (and the path) of the request the current thread serves. Set by {@link TraceContextFilter}
 * when a request arrives (taken from its {@code traceparent} header, or new), read by problem
 * responses and log lines, and sent on by {@link TracePropagationFilter} on outgoing calls.
 *
 * <p>With tracing on (MicroProfile Telemetry, {@code OTEL_SDK_DISABLED=false}) the current
 * OpenTelemetry span is the truth: its trace id is the one answered and logged, and its span id
 * is the parent an event names. With tracing off (the default) {@link Span#current()} is the
 * invalid span, a thread-local look-up, and the ids are this class's own as before.
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
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return span.getTraceId();
        }
        String id = CURRENT.get();
        return id != null ? id : newTraceId();
    }

    /** The trace id of the work this thread does (a span's or a request's), or null when it does none. */
    public static String currentTraceIdIfAny() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : CURRENT.get();
    }

    /**
     * A {@code traceparent} for work the current request causes later (an event it publishes):
     * the current span when tracing is on, else the trace id with a new span id; a new trace when
     * the thread serves no request.
     */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return traceparent(span);
        }
        return traceparent(currentTraceId());
    }

    /** The current span's id when tracing is on, else null (without tracing there are no spans). */
    public static String currentSpanId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getSpanId() : null;
    }

    /** Whether an OpenTelemetry span is current: tracing is on and this thread works for one. */
    static boolean tracing() {
        return Span.current().getSpanContext().isValid();
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

    private static String traceparent(SpanContext span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
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
