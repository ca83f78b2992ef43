package dev.microserves.support.events;

import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.TraceContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a domain event in the caller's transaction: the event exists exactly when the change it
 * reports is committed, and a rolled-back change publishes nothing. After the commit the relay is
 * nudged, so an event is usually on its topic within milliseconds; the relay's own pass catches
 * up on anything a nudge missed (a crash, a broker outage).
 */
@ApplicationScoped
@DatabaseSpan
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "microserves.events.source", defaultValue = "/microserves")
    String source;

    /** Writes the event for {@code subject} (the aggregate's id, the record key) to {@code topic}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent record(String topic, String type, String subject, JsonObject data) {
        CloudEvent event = CloudEvent.of(source, type, subject, data, TraceContext.currentTraceparent());
        em.createNativeQuery("insert into outbox_events (id, topic, record_key, envelope) values (?1, ?2, ?3, ?4)")
                .setParameter(1, event.id())
                .setParameter(2, topic)
                .setParameter(3, subject)
                .setParameter(4, event.toJson().toString())
                .executeUpdate();
        nudgeAfterCommit();
        return event;
    }

    private void nudgeAfterCommit() {
        Object registered = transactions.getResource(Outbox.class);
        if (registered != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }
}
