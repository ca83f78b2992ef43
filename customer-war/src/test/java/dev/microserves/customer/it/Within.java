package dev.microserves.customer.it;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A client-side deadline for a call: a request that hangs (a quadratic pattern, a starved pool)
 * fails its test with an assertion error after the deadline, instead of hanging the build. Not a
 * timing assertion: the deadline is far above what a healthy answer takes on a loaded machine.
 */
final class Within {

    /** The deadline hostile-input tests give every request. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

    private static final ExecutorService CALLERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "it-call");
        t.setDaemon(true);
        return t;
    });

    private Within() {
    }

    static <T> T clientTimeout(Supplier<T> call) {
        return deadline(CLIENT_TIMEOUT, call);
    }

    static <T> T deadline(Duration deadline, Supplier<T> call) {
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(call, CALLERS);
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new AssertionError("No answer within the client timeout of " + deadline, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
