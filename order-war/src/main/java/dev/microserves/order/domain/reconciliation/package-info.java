/**
 * The cross-service invariants of an order (API.md, "Reconciliation"): what the order says,
 * compared with what the inventory and payment services hold for it. Pure rules, no I/O: the
 * service layer gathers the facts and reports the breaches; nothing here repairs anything.
 */
package dev.microserves.order.domain.reconciliation;
