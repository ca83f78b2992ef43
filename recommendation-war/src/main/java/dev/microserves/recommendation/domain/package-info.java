/**
 * What a recommendation is and how a list of them is ranked: the events the service learns from
 * ({@link dev.microserves.recommendation.domain.OrderEvent}, {@link dev.microserves.recommendation.domain.CategoryEvent}),
 * and {@link dev.microserves.recommendation.domain.Ranking}, plain Java, testable without a server.
 */
package dev.microserves.recommendation.domain;
