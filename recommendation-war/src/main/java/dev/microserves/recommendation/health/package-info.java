/** This service's own health report beside the shared checks: the event consumer's state and lag. */
package dev.microserves.recommendation.health;
