/**
 * Domain events through a transactional outbox: {@link dev.microserves.support.events.Outbox}
 * writes a CloudEvent in the caller's database transaction, {@link dev.microserves.support.events.OutboxRelay}
 * publishes the rows to Kafka in order and marks them published. The Kafka client is used
 * directly (not MicroProfile Reactive Messaging): the relay must know which rows the broker has
 * acknowledged before it marks them, and must never block a client's request.
 */
package dev.microserves.support.events;
