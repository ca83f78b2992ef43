package dev.microserves.support.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Gives every request a trace id and every response a {@code traceparent} and {@code X-Trace-Id}. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class TraceContextFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String TRACE_ID_HEADER = "X-Trace-Id";

    @Override
    public void filter(ContainerRequestContext request) {
        TraceContext.set(TraceContext.fromTraceparent(request.getHeaderString("traceparent")),
                request.getUriInfo().getRequestUri().getRawPath());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("traceparent", TraceContext.currentTraceparent());
        response.getHeaders().putSingle(TRACE_ID_HEADER, TraceContext.currentTraceId());
        TraceContext.clear();
    }
}
