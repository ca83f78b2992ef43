/** The JAX-RS resources of the recommendation service, their response records, and the checks of their parameters. */
package dev.microserves.recommendation.api;
