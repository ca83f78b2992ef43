/**
 * The use cases: the event consumer (a loop on a managed thread that applies each event in a
 * transaction of its own, idempotently by event id, and replays the topics on request), and the
 * ranking queries behind the API.
 */
package dev.microserves.recommendation.service;
