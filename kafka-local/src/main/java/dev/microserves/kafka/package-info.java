/**
 * Kafka for development and tests, shared by the launcher and test-support:
 * {@link dev.microserves.kafka.LocalKafka} runs a single-node KRaft broker as a JVM of its own
 * (storage formatted once, small heap, output in a log file), {@link dev.microserves.kafka.KafkaCluster}
 * waits for any cluster to answer and creates topics idempotently, and
 * {@link dev.microserves.kafka.EventTopics} names the topics the services publish to.
 */
package dev.microserves.kafka;
