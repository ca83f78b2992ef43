/**
 * The storefront's use cases: composing a page from the peers ({@code StorefrontPages}), deciding
 * which parts a page can do without ({@code Degradation}), and the per-client rate limit
 * ({@code RateLimits}). No transactions: the storefront has no database.
 */
package dev.microserves.edge.service;
