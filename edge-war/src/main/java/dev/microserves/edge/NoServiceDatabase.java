package dev.microserves.edge;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.Set;

/**
 * Leaves out the service-support beans that assume a service database, because the storefront has
 * none: the schema and database health checks (they would report it never started and never
 * ready), the persistence warm-up and the idempotency-key store (they need a persistence unit).
 * Also the development-defaults guard: the storefront holds no secret of its own, and the guard
 * counts the database password, which it would demand of a service that has no database.
 */
public class NoServiceDatabase implements Extension {

    private static final Set<String> PACKAGES_LEFT_OUT = Set.of(
            "dev.microserves.support.persistence", "dev.microserves.support.idempotency");
    private static final Set<String> CLASSES_LEFT_OUT = Set.of(
            "dev.microserves.support.health.DatabaseReadinessCheck",
            "dev.microserves.support.health.SchemaStartupCheck",
            "dev.microserves.support.config.DevelopmentDefaultsGuard");

    <T> void leaveOut(@Observes ProcessAnnotatedType<T> type) {
        Class<T> javaClass = type.getAnnotatedType().getJavaClass();
        if (PACKAGES_LEFT_OUT.contains(javaClass.getPackageName()) || CLASSES_LEFT_OUT.contains(javaClass.getName())) {
            type.veto();
        }
    }
}
