/**
 * The customer service's use cases, each method one transaction: registration and profile
 * changes ({@link dev.microserves.customer.service.CustomerService}), sign-in and token issuing
 * ({@link dev.microserves.customer.service.TokenService} with its throttle and signing keys), and
 * the admin account created at first start.
 */
package dev.microserves.customer.service;
