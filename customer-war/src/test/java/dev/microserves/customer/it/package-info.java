/**
 * Integration tests: the customer WAR deployed by Arquillian to a managed Liberty server against
 * a real PostgreSQL, driven over HTTP only.
 */
package dev.microserves.customer.it;
