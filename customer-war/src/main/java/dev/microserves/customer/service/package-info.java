/**
 * The customer service's use cases: registration and profile changes
 * ({@link dev.microserves.customer.service.CustomerService}, each method one transaction), sign-in
 * and token issuing ({@link dev.microserves.customer.service.TokenService}, which hashes between
 * the short transactions of {@link dev.microserves.customer.service.Credentials} and
 * {@link dev.microserves.customer.service.LoginThrottle}, never inside one), the signing keys,
 * and the admin account applied from configuration at every start.
 */
package dev.microserves.customer.service;
