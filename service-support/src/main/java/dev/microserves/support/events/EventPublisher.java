package dev.microserves.support.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producer of this service ({@code microserves.kafka.bootstrap-servers}): idempotent,
 * acknowledged by every in-sync replica, with short blocking limits so that a broker outage ends
 * a relay pass quickly instead of holding it. Records are CloudEvents in structured mode.
 */
@ApplicationScoped
public class EventPublisher {

    private static final long ACK_WAIT_SECONDS = 15;

    @Inject
    @ConfigProperty(name = "microserves.kafka.bootstrap-servers", defaultValue = " ")
    String bootstrapServers;

    @Inject
    @ConfigProperty(name = "microserves.events.source", defaultValue = "/microserves")
    String clientId;

    private KafkaProducer<String, String> producer;

    /** Whether a broker is configured; without one the events wait in the outbox. */
    public boolean enabled() {
        return !bootstrapServers.isBlank();
    }

    public String bootstrapServers() {
        return bootstrapServers.trim();
    }

    /**
     * Sends the events in order and waits for the broker's acknowledgements. Returns the positions
     * acknowledged: the longest prefix of {@code events} that is surely on its topic.
     */
    List<Long> publish(List<PendingEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try {
            for (PendingEvent event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.envelope());
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                acks.add(producer().send(record));
            }
        } catch (RuntimeException brokerUnreachable) {
            // the events sent so far may still be acknowledged; the rest wait for the next pass
        }
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
                acknowledged.add(events.get(i).position());
            } catch (ExecutionException | TimeoutException notAcknowledged) {
                break;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId.replaceAll("[^A-Za-z0-9._-]", "") + "-outbox");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            config.put(ProducerConfig.LINGER_MS_CONFIG, "2");
            producer = KafkaClients.create(() -> new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
