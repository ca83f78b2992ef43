/**
 * System tests: the four services and PostgreSQL running as {@code ./run.sh} runs them (started
 * once per test run by {@link dev.microserves.system.RunningSystem}), driven through HTTP only.
 */
package dev.microserves.system;
