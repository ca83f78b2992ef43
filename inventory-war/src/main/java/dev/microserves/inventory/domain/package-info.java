/**
 * The inventory model: {@link dev.microserves.inventory.domain.Product} (a catalogue entry with its
 * {@link dev.microserves.inventory.domain.Money} price), {@link dev.microserves.inventory.domain.StockLevel}
 * (the counters and their rules), {@link dev.microserves.inventory.domain.StockMovement} (the history
 * of on-hand changes), {@link dev.microserves.inventory.domain.Reservation} with its lines and its
 * life cycle (held, committed, released, returned), and the refusals this service can name.
 * No JAX-RS, no repositories: plain objects with behaviour.
 */
package dev.microserves.inventory.domain;
