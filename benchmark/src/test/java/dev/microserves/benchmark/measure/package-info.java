/**
 * What a run measures beside Gatling's own report: each phase's latencies as the virtual user saw
 * them (from its arrival, so queueing in the load tool counts too), the saturation search's verdict
 * per step, and the results a run's simulations share to print ratios to the ceiling.
 */
package dev.microserves.benchmark.measure;
