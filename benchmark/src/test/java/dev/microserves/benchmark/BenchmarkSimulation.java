package dev.microserves.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGenerator;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.microserves.benchmark.fixture.BenchmarkData;
import dev.microserves.benchmark.fixture.DataSetup;
import dev.microserves.benchmark.measure.PhaseRecorder;
import dev.microserves.benchmark.measure.Results;
import dev.microserves.benchmark.measure.ScenarioResult;
import dev.microserves.benchmark.measure.Search;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario as an open workload: users arrive at a constant rate whatever the answers
 * (no coordinated omission), each sends one request, and the phases run one after the other:
 * an uncounted warm-up, the measured phase at the nominal rate, then a saturation search whose
 * steps raise the rate from there until a step fails (an error, or p99 past the bound), which
 * ends the run.
 * Gatling's report shows each phase as a group; the summary printed at the end comes from
 * {@link PhaseRecorder}s, which time each request from the user's arrival.
 */
public abstract class BenchmarkSimulation extends Simulation {

    protected final Settings settings = Settings.INSTANCE;
    private final String name;
    private final String title;
    private PhaseRecorder warmUp;
    private PhaseRecorder measured;
    private Search search;

    protected BenchmarkSimulation(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** The run's data (created through the public APIs on first use, then shared by the run). */
    protected static BenchmarkData data() {
        return Holder.DATA;
    }

    private static final class Holder {
        private static final BenchmarkData DATA = new DataSetup(Settings.INSTANCE).loadOrCreate();
    }

    /** Wires the phases for one request chain (one request per arriving user) at {@code defaultRate}. */
    protected final void run(double defaultRate, ChainBuilder request) {
        double rate = settings.rate(name, defaultRate);
        warmUp = new PhaseRecorder("warm-up", rate, settings.warmUpSeconds);
        measured = new PhaseRecorder("measured", rate, settings.measureSeconds);
        search = new Search(settings.p99BoundMs(name), measured);

        List<PopulationBuilder> phases = new ArrayList<>();
        // The warm-up ramps up to the rate, so that a cold JIT is not met with the full load at once.
        phases.add(phase(warmUp, request, exec(session -> session),
                rampUsersPerSec(Math.max(1, rate / 10)).to(rate).during(settings.warmUpSeconds)));
        phases.add(phase(measured, request, exec(session -> session), constant(measured)));
        List<Double> rates = Search.rates(rate * settings.stepFactor, settings.stepFactor, settings.maxSteps);
        for (int i = 0; i < rates.size(); i++) {
            int index = i;
            PhaseRecorder step = search.addStep(rates.get(i), settings.stepSeconds);
            // The first user of a step judges the step before it (all of whose requests are done):
            // once one failed, the search is over and so is the run.
            phases.add(phase(step, request, doIf(session -> search.overBefore(index))
                    .then(stopLoadGenerator(session -> title + ": saturation search over, " + search.stopReason())),
                    constant(step)));
        }
        PopulationBuilder sequence = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            sequence = phases.get(i).andThen(sequence);
        }
        setUp(sequence).protocols(protocol()).assertions(
                details("warm-up").failedRequests().count().is(0L),
                details("measured").failedRequests().count().is(0L));
    }

    private static OpenInjectionStep constant(PhaseRecorder recorder) {
        return constantUsersPerSec(recorder.offered()).during(recorder.seconds());
    }

    private PopulationBuilder phase(PhaseRecorder recorder, ChainBuilder request, ChainBuilder before,
                                    OpenInjectionStep arrivals) {
        ChainBuilder timed = before
                .exec(session -> session.set("arrivedNanos", System.nanoTime()))
                .group(recorder.label()).on(request)
                .exec(session -> {
                    recorder.record(System.nanoTime() - session.getLong("arrivedNanos"), !session.isFailed());
                    return session;
                });
        return scenario(title + ": " + recorder.label() + " at " + recorder.offered() + "/s").exec(timed)
                .injectOpen(arrivals);
    }

    /** Connections shared by all users (an open workload must not open one per arrival); no traffic off localhost. */
    private static HttpProtocolBuilder protocol() {
        return http.shareConnections().disableWarmUp().disableCaching().acceptHeader("application/json")
                .userAgentHeader("microserves-benchmark");
    }

    @Override
    public void after() {
        if (search == null) {
            return;
        }
        var steps = search.finish();
        ScenarioResult result = new ScenarioResult(name, title, getClass().getSimpleName(), settings.describe(),
                search.p99BoundMs(), warmUp.stats(), measured.stats(), steps, search.highestHeld(measured.stats()), search.stopReason(),
                System.currentTimeMillis());
        Results results = new Results(Settings.workDirectory(), settings.runId);
        results.save(result);
        Results.printScenario(result, System.out);
        System.out.println();
        System.out.println("This run so far (" + results.directory() + "):");
        System.out.print(results.summary());
    }
}
