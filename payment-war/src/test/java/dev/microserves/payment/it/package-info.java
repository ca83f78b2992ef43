/**
 * Integration tests: the payment WAR deployed by Arquillian to a managed Liberty server against
 * a real PostgreSQL, driven over HTTP only (tokenization, charges, refunds, secrecy of card data).
 */
package dev.microserves.payment.it;
