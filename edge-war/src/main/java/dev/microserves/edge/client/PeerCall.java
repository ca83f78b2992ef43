package dev.microserves.edge.client;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a gateway whose failures, after its fault-tolerance policy has run, leave it as a
 * {@link DependencyUnavailable} ({@link PeerCallInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PeerCall {

    /** The peer's name: customer, inventory, order or recommendation. */
    @Nonbinding
    String value();
}
