/**
 * Who is calling: the subject and roles of the verified JWT, and the ownership rules every
 * service applies the same way (a customer acts on its own data; admin on everything; service
 * for service-to-service calls).
 */
package dev.microserves.support.security;
