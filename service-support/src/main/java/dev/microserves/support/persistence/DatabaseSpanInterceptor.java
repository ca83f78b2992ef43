package dev.microserves.support.persistence;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * A client span ({@code db.system.name=postgresql}) around each call of a {@link DatabaseSpan}
 * bean, named after the method ({@code OrderRepository.save}). Only inside a traced request: with
 * tracing off (the default) no span is current and the call goes straight through, and work of
 * no request (the outbox relay's passes, scheduled jobs) makes no traces of its own.
 */
@DatabaseSpan
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class DatabaseSpanInterceptor {

    @Inject
    Tracer tracer;

    @AroundInvoke
    Object around(InvocationContext call) throws Exception {
        if (!Span.current().getSpanContext().isValid()) {
            return call.proceed();
        }
        String owner = call.getMethod().getDeclaringClass().getSimpleName();
        Span span = tracer.spanBuilder(owner + "." + call.getMethod().getName())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system.name", "postgresql")
                .setAttribute("code.function.name", owner + "." + call.getMethod().getName())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return call.proceed();
        } catch (Exception | Error failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }
}
