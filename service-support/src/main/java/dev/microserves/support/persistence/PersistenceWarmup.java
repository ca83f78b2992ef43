package dev.microserves.support.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the persistence unit start (and so the migrations run) when the application starts, not
 * at the first request that happens to touch the database.
 */
@ApplicationScoped
public class PersistenceWarmup {

    @PersistenceContext
    EntityManager entityManager;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        entityManager.getMetamodel();
    }
}
