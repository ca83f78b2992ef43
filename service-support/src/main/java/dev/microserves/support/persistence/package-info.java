/**
 * Persistence bootstrap shared by every service: Flyway migrates the service's database while
 * Hibernate starts, before Hibernate validates the schema against the entities; and the span
 * ({@link dev.microserves.support.persistence.DatabaseSpan}) that shows a repository's work in a trace.
 */
package dev.microserves.support.persistence;
