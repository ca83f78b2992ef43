/**
 * The one-command run: {@link dev.microserves.launcher.Launcher} starts PostgreSQL
 * ({@link dev.microserves.launcher.Database}), Kafka ({@link dev.microserves.launcher.Kafka}, the
 * event topics created), one Liberty server per service listed in
 * {@code services.properties} ({@link dev.microserves.launcher.LibertyServer}), waits until each
 * is ready, loads the demo data once ({@link dev.microserves.launcher.DemoData}) and stays in the
 * foreground until Ctrl-C or SIGTERM, when it stops them all.
 */
package dev.microserves.launcher;
