/**
 * Integration tests: the storefront deployed on a real Liberty (no database: it has none), with
 * its four peers stubbed over real HTTP by WireMock ({@code Peers}); {@code Storefront} calls it.
 */
package dev.microserves.edge.it;
