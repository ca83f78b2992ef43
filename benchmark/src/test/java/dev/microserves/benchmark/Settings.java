package dev.microserves.benchmark;

import java.util.Locale;

/**
 * Every knob of a benchmark run, read from system properties ({@code -Dname=value} on the Maven
 * command line). Defaults give the full run (about ten minutes); {@code -Dquick=true} shortens
 * every phase for trying it out. Base URLs default to the run command's ports (the environment's
 * {@code ORDER_PORT}, ... when set, as {@code ./run.sh} reads them).
 */
public final class Settings {

    public final boolean quick = Boolean.getBoolean("quick");

    public final String orderUrl = url("order", "ORDER_PORT", 9080);
    public final String customerUrl = url("customer", "CUSTOMER_PORT", 9081);
    public final String inventoryUrl = url("inventory", "INVENTORY_PORT", 9082);
    public final String paymentUrl = url("payment", "PAYMENT_PORT", 9083);
    /** The no-op the ceiling is measured on: the catalogue's own Liberty server. */
    public final String ceilingUrl = System.getProperty("ceiling.url", inventoryUrl + "/health/live");

    public final String adminEmail = System.getProperty("admin.email", "admin@microserves.dev");
    public final String adminPassword = System.getProperty("admin.password", "admin-dev-password");

    public final int customers = Integer.getInteger("customers", 50);
    public final double premiumShare = Double.parseDouble(System.getProperty("premiumShare", "0.2"));
    public final int products = Integer.getInteger("products", 20);
    public final int stockPerProduct = Integer.getInteger("stock", 1_000_000);

    /** Seconds of warm-up before each scenario (its requests are reported apart and not counted). */
    public final int warmUpSeconds = Integer.getInteger("warmup", quick ? 5 : 15);
    /** Seconds each scenario is measured at its nominal rate. */
    public final int measureSeconds = Integer.getInteger("duration", quick ? 10 : 30);
    /** Saturation search: seconds per step, number of steps at most, and the factor between steps. */
    public final int stepSeconds = Integer.getInteger("search.step", quick ? 5 : 10);
    public final int maxSteps = Integer.getInteger("search.steps", quick ? 3 : 9);
    public final double stepFactor = Double.parseDouble(System.getProperty("search.factor", "1.5"));
    /** A step holds while its p99 stays within this bound, no request failed, and it kept up with the rate. */
    public final int p99BoundMs = Integer.getInteger("search.p99Ms", 200);
    /** A step that completes less than this share of its offered rate did not hold it. */
    public final double minThroughputShare = Double.parseDouble(System.getProperty("search.minShare", "0.95"));

    public final String runId = System.getProperty("benchmark.runId", "adhoc");

    public static final Settings INSTANCE = new Settings();

    private Settings() {
    }

    /** The nominal (measured) rate of a scenario, per second: {@code -D<scenario>.rate}. */
    public double rate(String scenario, double fallback) {
        return Double.parseDouble(System.getProperty(scenario + ".rate", Double.toString(fallback)));
    }

    /** The p99 bound of one scenario's search: {@code -D<scenario>.p99Ms}, else {@code search.p99Ms}. */
    public int p99BoundMs(String scenario) {
        return Integer.getInteger(scenario + ".p99Ms", p99BoundMs);
    }

    /** Where a run keeps what its simulations share (data, results): {@code target/benchmark}. */
    public static java.nio.file.Path workDirectory() {
        return java.nio.file.Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
    }

    private static String url(String service, String portVariable, int defaultPort) {
        String port = System.getenv().getOrDefault(portVariable, Integer.toString(defaultPort));
        return stripSlash(System.getProperty(service + ".url", "http://localhost:" + port));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** One line saying under which settings figures were taken, for every report. */
    public String describe() {
        return String.format(Locale.ROOT, "warm-up %d s, measured %d s, search steps of %d s (at most %d, x%.2f)%s",
                warmUpSeconds, measureSeconds, stepSeconds, maxSteps, stepFactor, quick ? " (quick mode)" : "");
    }
}
