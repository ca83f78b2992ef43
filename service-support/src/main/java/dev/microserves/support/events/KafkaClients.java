package dev.microserves.support.events;

import java.util.function.Supplier;

/**
 * Creates a Kafka client (producer, consumer) under the application's class loader. A Kafka
 * client loads some classes through the thread's context class loader while it sets itself up; on
 * a Liberty thread that is not the application's, so every service creates its clients here (and
 * passes serializer instances, not class names).
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    public static <T> T create(Supplier<T> client) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(KafkaClients.class.getClassLoader());
        try {
            return client.get();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
