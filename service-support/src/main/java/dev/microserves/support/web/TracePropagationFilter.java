package dev.microserves.support.web;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Sends the current trace id on with an outgoing REST client call, so one order's calls to its
 * peers share a trace. Register it on a REST client interface with {@code @RegisterProvider}.
 * With tracing on, MicroProfile Telemetry's own client instrumentation sends the client span as
 * the {@code traceparent}; this filter then leaves the header alone (replacing it would name a
 * parent span that never exists).
 */
public class TracePropagationFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (TraceContext.tracing()) {
            return;
        }
        request.getHeaders().putSingle("traceparent", TraceContext.traceparent(TraceContext.currentTraceId()));
    }
}
