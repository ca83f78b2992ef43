package dev.microserves.support.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the shared tables' migrations ({@code classpath:db/support}, this jar) and then the
 * service's own ({@code classpath:db/migration}) while Hibernate builds its
 * session factory: integrators run before Hibernate's schema validation, so the schema is current
 * whenever Hibernate checks it, however early or late the container creates the persistence unit.
 * Flyway's advisory lock makes this safe when several instances start at once.
 *
 * <p>Liberty serves class-path folders through its own URL scheme, which Flyway can only scan
 * when the folder holds a marker file: every service keeps an empty
 * {@code db/migration/flyway.location} beside its migrations. Flyway always looks for SQL
 * callbacks in {@code db/callback} too; this jar carries that (empty) folder's marker.
 */
public class FlywayMigrationIntegrator implements Integrator {

    private static final String LOCATION = "classpath:db/migration";
    private static final String SUPPORT_LOCATION = "classpath:db/support";
    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
        // The shared tables (idempotency store) first, versioned on their own history table.
        Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(SUPPORT_LOCATION)
                .table("support_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        MigrateResult result = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // The shared tables make the schema non-empty before the service's first migration.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Flyway: schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        MigrationState.markMigrated();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}
