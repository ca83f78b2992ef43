/**
 * The Gatling benchmark: one simulation per scenario (the ceiling, the catalogue, placing orders,
 * a mix), each an open workload with an uncounted warm-up, a measured phase and a saturation
 * search. Run against a running system with {@code mvn -f benchmark/pom.xml verify}; see the
 * README's Performance section.
 */
package dev.microserves.benchmark;
