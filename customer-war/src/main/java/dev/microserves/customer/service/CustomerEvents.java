package dev.microserves.customer.service;

import dev.microserves.customer.domain.Tier;
import dev.microserves.support.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.UUID;

/**
 * The customer's events on {@code microserves.customers}, recorded in the transaction of the
 * change: a registration and a change of tier. Only the id and the tier: never a name, an e-mail
 * address or a token. Schema: {@code events/schemas/microserves.customers.schema.json}.
 */
@ApplicationScoped
public class CustomerEvents {

    static final String TOPIC = "microserves.customers";

    @Inject
    Outbox outbox;

    void registered(UUID customerId, Tier tier) {
        record("dev.microserves.customer.registered.v1", customerId, tier);
    }

    void tierChanged(UUID customerId, Tier tier) {
        record("dev.microserves.customer.tier-changed.v1", customerId, tier);
    }

    private void record(String type, UUID customerId, Tier tier) {
        outbox.record(TOPIC, type, customerId.toString(), Json.createObjectBuilder()
                .add("customerId", customerId.toString()).add("tier", tier.name()).build());
    }
}
