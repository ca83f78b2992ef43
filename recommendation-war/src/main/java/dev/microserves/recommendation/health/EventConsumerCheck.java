package dev.microserves.recommendation.health;

import dev.microserves.recommendation.service.ConsumerStatus;
import dev.microserves.recommendation.service.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the event consumer with readiness, and is always up: the service answers from the
 * tables it has when the broker is away (its recommendations are then only older), so a broker
 * outage must not take it out of service or hold back its start. The data says how far behind it is.
 */
@Readiness
@ApplicationScoped
public class EventConsumerCheck implements HealthCheck {

    @Inject
    EventConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        ConsumerStatus status = consumer.status();
        return HealthCheckResponse.named("events").up()
                .withData("state", status.state())
                .withData("lag", status.lag())
                .withData("eventsApplied", status.eventsApplied())
                .withData("rebuilding", status.rebuilding())
                .build();
    }
}
