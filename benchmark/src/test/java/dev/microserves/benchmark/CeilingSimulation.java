package dev.microserves.benchmark;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The ceiling: the same tool, the same phases, against the cheapest request on the same Liberty
 * configuration ({@code /health/live} of the inventory server by default). Every scenario is also
 * reported as a share of it.
 */
public final class CeilingSimulation extends BenchmarkSimulation {

    public CeilingSimulation() {
        super("ceiling", "ceiling: GET /health/live");
        run(1000, exec(http("GET /health/live").get(settings.ceilingUrl).check(status().is(200))));
    }
}
