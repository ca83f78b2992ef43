/** ArchUnit rules that keep the customer service's layers honest. */
package dev.microserves.customer.architecture;
