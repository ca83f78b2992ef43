package dev.microserves.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @AfterEach
    void clear() {
        TraceContext.clear();
    }

    @Test
    void withoutTracingTheRequestsOwnTraceIdIsAnsweredAndSentOnWithANewSpanId() {
        TraceContext.set(TraceContext.fromTraceparent("00-" + TRACE_ID + "-" + SPAN_ID + "-01"), "/api/orders");

        assertThat(TraceContext.currentTraceId()).isEqualTo(TRACE_ID);
        assertThat(TraceContext.currentTraceIdIfAny()).isEqualTo(TRACE_ID);
        assertThat(TraceContext.currentTraceparent()).startsWith("00-" + TRACE_ID + "-").doesNotContain(SPAN_ID);
        assertThat(TraceContext.currentSpanId()).isNull();
    }

    @Test
    void withoutARequestThereIsNoTraceIdToLogAndANewOneToAnswer() {
        assertThat(TraceContext.currentTraceIdIfAny()).isNull();
        assertThat(TraceContext.currentTraceId()).matches("[0-9a-f]{32}");
    }

    @Test
    void withTracingTheCurrentSpanIsTheTruth() {
        TraceContext.set(TraceContext.newTraceId(), "/api/orders");
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());

        try (Scope ignored = Span.wrap(span).makeCurrent()) {
            assertThat(TraceContext.currentTraceId()).isEqualTo(TRACE_ID);
            assertThat(TraceContext.currentTraceIdIfAny()).isEqualTo(TRACE_ID);
            assertThat(TraceContext.currentSpanId()).isEqualTo(SPAN_ID);
            assertThat(TraceContext.currentTraceparent()).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
            assertThat(TraceContext.tracing()).isTrue();
        }
        assertThat(TraceContext.tracing()).isFalse();
        assertThat(TraceContext.currentTraceId()).isNotEqualTo(TRACE_ID);
    }
}
