/**
 * Integration tests: the WAR on a managed Liberty against a real PostgreSQL and a real Kafka
 * broker (TestKafka), the history made by producing events into the topics as the order and
 * inventory services would.
 */
package dev.microserves.recommendation.it;
