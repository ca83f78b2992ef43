package dev.microserves.support.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose methods do database work: with tracing on, each call made within a traced
 * request is a span of its own ({@link DatabaseSpanInterceptor}). Liberty traces HTTP in and out
 * but not JDBC, so this is how a trace shows where a request spent its time in the database.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DatabaseSpan {
}
