/**
 * The web layer: the storefront's aggregation endpoints ({@code StorefrontResource}, thin: input
 * checks, then a page from the service layer) and the per-client rate limit on every {@code /api}
 * request ({@code RateLimitFilter}). Health, metrics and OpenAPI are not under {@code /api}, and so
 * not limited.
 */
package dev.microserves.edge.api;
