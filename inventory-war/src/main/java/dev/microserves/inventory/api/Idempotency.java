package dev.microserves.inventory.api;

import dev.microserves.support.idempotency.IdempotentRequests;
import dev.microserves.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Where the contract makes {@code Idempotency-Key} optional (stock adjustments and reservation
 * transitions): with a key the request runs at most once per key, its answer stored in the same
 * transaction as its change; without one it simply runs.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    IdempotentRequests requests;

    Response required(String operation, Caller caller, String key, Object request, Supplier<Response> action) {
        return requests.atomically(operation, caller.subject(), key, request, action);
    }

    Response optional(String operation, Caller caller, String key, Object request, Supplier<Response> action) {
        return key == null ? action.get() : required(operation, caller, key, request, action);
    }
}
