package dev.microserves.order.api;

import dev.microserves.order.domain.DependencyUnavailable;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderFailure;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.web.ETags;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;

/**
 * The answer to a place-order request is a function of the order it left behind, so a first
 * request and a retry (after recovery finished the order) get the same answer:
 * <ul>
 *   <li>placed (CONFIRMED, or since SHIPPED or CANCELLED): 201 with the order;</li>
 *   <li>failed: the failure's problem (409 insufficient-stock, 402 payment-declined, 422, or 503
 *       dependency-unavailable when a peer was unavailable), with {@code orderId};</li>
 *   <li>still PENDING (a step in doubt): 503 dependency-unavailable with {@code orderId} and
 *       Retry-After; a retry with the same Idempotency-Key learns the final outcome.</li>
 * </ul>
 */
final class PlacementAnswers {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private PlacementAnswers() {
    }

    static Response answer(Order order, UriBuilder orders) {
        if (order.status() == OrderStatus.CONFIRMED || order.status() == OrderStatus.SHIPPED
                || order.status() == OrderStatus.CANCELLED) {
            return Response.created(orders.clone().path(order.id().toString()).build())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .tag(ETags.of(order.version()))
                    .entity(OrderResponse.of(order)).build();
        }
        OrderFailure failure = order.failure();
        if (failure != null) {
            ProblemException problem = new ProblemException(failure.status(), failure.code(), failure.title(),
                    failure.reason());
            details(failure).forEach(problem::with);
            problem.with("orderId", order.id().toString()).with("orderStatus", order.status().name());
            if (failure.isTransient()) {
                problem.with("retryAfterSeconds", DependencyUnavailable.RETRY_AFTER_SECONDS);
            }
            throw problem;
        }
        String step = order.stepInDoubt() == null ? "last" : order.stepInDoubt().name().toLowerCase(java.util.Locale.ROOT);
        throw new ProblemException(503, "dependency-unavailable", "Dependency unavailable",
                "Order " + order.id() + " is PENDING: the outcome of its " + step + " step is not known yet. "
                        + "It will be finished without charging or reserving twice; retry with the same "
                        + "Idempotency-Key to learn the outcome.")
                .with("orderId", order.id().toString())
                .with("orderStatus", order.status().name())
                .with("retryAfterSeconds", DependencyUnavailable.RETRY_AFTER_SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(OrderFailure failure) {
        return failure.detailsJson() == null ? Map.of() : JSONB.fromJson(failure.detailsJson(), Map.class);
    }
}
