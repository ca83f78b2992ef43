package dev.microserves.support.health;

import dev.microserves.support.persistence.MigrationState;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once Flyway has brought the schema up to date and Hibernate has validated it. */
@Startup
@ApplicationScoped
public class SchemaStartupCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(MigrationState.isMigrated()).build();
    }
}
