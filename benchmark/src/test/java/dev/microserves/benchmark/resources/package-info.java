/**
 * The companion to the Gatling benchmark: resource figures of a running system, read from
 * {@code /proc} and {@code pg_stat_database} (time to ready, resident memory idle and under load,
 * CPU and commits per placed order). Plain Java and the PostgreSQL driver, nothing to install.
 */
package dev.microserves.benchmark.resources;
