/**
 * Integration tests: the inventory WAR deployed by Arquillian to a managed Liberty server against
 * a real PostgreSQL, driven over HTTP only (catalogue, reservations, concurrency, expiry).
 */
package dev.microserves.inventory.it;
