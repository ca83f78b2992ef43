/**
 * Consumer-driven contracts: the order service's real REST client interfaces (and their problem
 * mappers) run against Pact's mock server, writing the pacts the customer, inventory and payment
 * services verify in their own builds ({@code contracts/pacts}).
 */
package dev.microserves.order.contract;
