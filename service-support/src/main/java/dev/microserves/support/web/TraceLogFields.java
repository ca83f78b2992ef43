package dev.microserves.support.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the service's name and the trace id and span id of the work a thread does into every log
 * record it writes: in Liberty's JSON log they are {@code ext_service}, {@code ext_traceId} and
 * {@code ext_spanId}. The service is {@code otel.service.name} ({@code OTEL_SERVICE_NAME}, which
 * names the spans too), else the application's name without {@code -war} ({@code ibm_serverName}
 * is no help: Liberty takes it from {@code CONTAINER_NAME} where that is set). The ids are
 * {@link TraceContext}'s: the OpenTelemetry span's with tracing on, the request's own trace id
 * (and no span id) with it off.
 *
 * <p>Liberty's {@code LogRecordContext} (an IBM API every application sees) is reached by
 * reflection, so this library needs no Liberty jar to build and does nothing outside Liberty.
 * It holds its extensions weakly: this bean keeps them for the life of the application.
 */
@ApplicationScoped
public class TraceLogFields {

    private static final Logger LOG = Logger.getLogger(TraceLogFields.class.getName());
    private static final String LOG_RECORD_CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";

    private final List<Object> registered = new ArrayList<>();

    @Inject
    @ConfigProperty(name = "otel.service.name")
    Optional<String> serviceName;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            Class<?> context = Class.forName(LOG_RECORD_CONTEXT);
            Class<?> extension = Class.forName(LOG_RECORD_CONTEXT + "$Extension");
            Method register = context.getMethod("registerExtension", String.class, extension);
            String service = serviceName.filter(name -> !name.isBlank()).orElseGet(TraceLogFields::applicationName);
            register.invoke(null, "service", field(extension, () -> service));
            register.invoke(null, "traceId", field(extension, TraceContext::currentTraceIdIfAny));
            register.invoke(null, "spanId", field(extension, TraceContext::currentSpanId));
        } catch (ReflectiveOperationException | LinkageError notLiberty) {
            LOG.fine(() -> "Log records carry no trace ids: " + notLiberty);
        }
    }

    private static String applicationName() {
        try {
            String name = InitialContext.doLookup("java:app/AppName");
            return name.endsWith("-war") ? name.substring(0, name.length() - "-war".length()) : name;
        } catch (NamingException | RuntimeException unnamed) {
            return null;
        }
    }

    private Object field(Class<?> extension, Supplier<String> value) {
        Object field = Proxy.newProxyInstance(extension.getClassLoader(), new Class<?>[] {extension},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getValue" -> value.get();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "trace log field";
                });
        registered.add(field);
        return field;
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        try {
            Method unregister = Class.forName(LOG_RECORD_CONTEXT).getMethod("unregisterExtension", String.class);
            unregister.invoke(null, "service");
            unregister.invoke(null, "traceId");
            unregister.invoke(null, "spanId");
        } catch (ReflectiveOperationException | LinkageError notLiberty) {
            // nothing was registered
        }
        registered.clear();
    }
}
