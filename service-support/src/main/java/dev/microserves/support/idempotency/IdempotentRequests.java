package dev.microserves.support.idempotency;

import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a POST at most once per {@code Idempotency-Key}, with the contract's semantics:
 * <ul>
 *   <li>no key where one is required: 400 {@code idempotency-key-missing}; a key that is not 1..255
 *       printable ASCII: 400 {@code validation};</li>
 *   <li>first request: claims the key, runs, stores the final answer (success, or a 4xx refusal);</li>
 *   <li>same key, same body, finished: the stored answer again, with {@code Idempotent-Replayed: true};</li>
 *   <li>same key, same body, still running: 409 {@code idempotency-in-flight};</li>
 *   <li>same key, another body: 422 {@code idempotency-key-reuse}.</li>
 * </ul>
 * A 5xx or unexpected failure is not an answer: the key is released and a retry runs afresh.
 * Keys are scoped by operation and caller, so two callers never see each other's answers.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern VALID_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotencyKeys keys;

    @Inject
    InTransaction inTransaction;

    @Inject
    @ConfigProperty(name = "microserves.idempotency.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    /**
     * Claims the key, runs {@code action} and stores its answer in one transaction, so a crash can
     * never leave a change without its stored answer, and the key costs no transaction of its own.
     * A twin arriving meanwhile waits on the key's row for that short transaction, then gets the
     * stored answer. For use-cases that make local changes only.
     */
    public Response atomically(String operation, String caller, String key, Object request, Supplier<Response> action) {
        return run(operation, caller, key, request, action, true);
    }

    /**
     * Runs {@code action} outside any transaction (it calls other services) and stores its answer
     * afterwards. The action itself must be safe to repeat after a crash (the saga is).
     */
    public Response separately(String operation, String caller, String key, Object request, Supplier<Response> action) {
        return run(operation, caller, key, request, action, false);
    }

    /** The key, checked: present and 1..255 printable ASCII characters. */
    public static String requireValidKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new ProblemException(400, "idempotency-key-missing", "Idempotency-Key missing",
                    "This request needs an Idempotency-Key header (1..255 printable ASCII characters), "
                            + "the same on every retry of the same request.");
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.validation(KEY_HEADER, "must be 1..255 printable ASCII characters without spaces");
        }
        return key;
    }

    private Response run(String operation, String caller, String key, Object request, Supplier<Response> action,
                         boolean atomic) {
        requireValidKey(key);
        String scope = operation + "|" + (caller == null ? "-" : caller);
        String hash = hash(request);
        if (atomic) {
            return runAtomically(scope, key, hash, action);
        }
        if (!keys.claim(scope, key, hash, leaseSeconds)) {
            return answerForTwin(scope, key, hash);
        }
        try {
            StoredResponse stored = StoredResponse.of(action.get());
            keys.completeSeparately(scope, key, stored);
            return stored.toResponse(false);
        } catch (ProblemException refusal) {
            if (isFinal(refusal)) {
                keys.completeSeparately(scope, key, refusalOf(refusal));
            } else {
                keys.release(scope, key);
            }
            throw refusal;
        } catch (RuntimeException | Error failure) {
            keys.release(scope, key);
            throw failure;
        }
    }

    /**
     * Claim, change and answer in one transaction. A refusal rolls all of it back (the claim too);
     * a final refusal is then stored on its own, unless a twin has claimed the key meanwhile.
     */
    private Response runAtomically(String scope, String key, String hash, Supplier<Response> action) {
        Response answer;
        try {
            answer = inTransaction.call(() -> {
                if (!keys.claimInTransaction(scope, key, hash, leaseSeconds)) {
                    return null;
                }
                StoredResponse stored = StoredResponse.of(action.get());
                keys.complete(scope, key, stored);
                return stored.toResponse(false);
            });
        } catch (ProblemException refusal) {
            if (isFinal(refusal)) {
                keys.storeUnlessClaimed(scope, key, hash, refusalOf(refusal));
            }
            throw refusal;
        }
        return answer != null ? answer : answerForTwin(scope, key, hash);
    }

    private static StoredResponse refusalOf(ProblemException refusal) {
        return StoredResponse.of(ProblemResponses.of(refusal, null), true);
    }

    private Response answerForTwin(String scope, String key, String hash) {
        IdempotencyKeys.Entry entry = keys.find(scope, key).orElseThrow(() -> new ProblemException(409,
                "idempotency-in-flight", "Request in flight", "A request with this Idempotency-Key is being processed."));
        if (!entry.requestHash().equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reuse", "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
        }
        if (!entry.completed()) {
            throw new ProblemException(409, "idempotency-in-flight", "Request in flight",
                    "A request with this Idempotency-Key is still being processed; retry shortly.")
                    .with("retryAfterSeconds", 1);
        }
        return new StoredResponse(entry.status(), entry.contentType(), entry.body(), entry.location()).toResponse(true);
    }

    /** A 4xx refusal is the request's answer; a 5xx, a 408 or a 429 is not (a retry may succeed). */
    private static boolean isFinal(ProblemException refusal) {
        int status = refusal.status();
        return status >= 400 && status < 500 && status != 408 && status != 429 && status != 409
                || status == 409 && !"idempotency-in-flight".equals(refusal.slug());
    }

    private static String hash(Object request) {
        try {
            String canonical = request == null ? "" : request instanceof String s ? s : JSONB.toJson(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
