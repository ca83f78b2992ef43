package dev.microserves.support.events;

/** An outbox row waiting to be published: its place in the outbox, where it goes, and what. */
record PendingEvent(long position, String topic, String key, String envelope) {
}
