/**
 * Integration-test support for every service: {@link dev.microserves.testing.TestEnvironment}
 * starts a real PostgreSQL and prepares the Liberty server before any test runs,
 * {@link dev.microserves.testing.TestKafka} runs one real Kafka broker per test JVM,
 * {@link dev.microserves.testing.ServiceDeployment} hands Arquillian the service's own WAR,
 * {@link dev.microserves.testing.TestTokens} mints JWTs with the test signing key, and
 * {@link dev.microserves.testing.Api} speaks JSON over HTTP.
 */
package dev.microserves.testing;
