/**
 * Persistence bootstrap shared by every service: Flyway migrates the service's database while
 * Hibernate starts, before Hibernate validates the schema against the entities.
 */
package dev.microserves.support.persistence;
