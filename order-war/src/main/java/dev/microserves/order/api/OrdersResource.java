package dev.microserves.order.api;

import dev.microserves.support.web.QueryParams;
import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.order.service.OrderCancellation;
import dev.microserves.order.service.OrderPlacement;
import dev.microserves.order.service.OrderQueries;
import dev.microserves.order.service.OrderShipment;
import dev.microserves.support.idempotency.IdempotentRequests;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import dev.microserves.support.web.ETags;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
public class OrdersResource {

    static final String PLACE_ORDER = "place-order";
    private static final int STATUS_MAX = 16;

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    OrderCancellation cancellation;

    @Inject
    OrderShipment shipment;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(operationId = "placeOrder", summary = "Place an order (the customer itself, or an admin)",
            description = "Runs the place-order saga: verify the customer, reserve stock, price, charge, commit. "
                    + "Answered synchronously within the peers' timeout budget (seconds). Requires Idempotency-Key; "
                    + "a retry with the same key and body gets the same answer, or the final outcome of an order "
                    + "that was PENDING.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)),
            description = "CONFIRMED; Location names the order")
    @APIResponse(responseCode = "400", description = "Invalid or malformed request (validation, malformed-json), "
            + "or no Idempotency-Key (idempotency-key-missing)")
    @APIResponse(responseCode = "402", description = "Payment declined (payment-declined, with orderId and declineCode); "
            + "the order is REJECTED and its reservation released")
    @APIResponse(responseCode = "403", description = "An order for another customer (forbidden)")
    @APIResponse(responseCode = "409", description = "Stock short (insufficient-stock, with orderId and shortages; "
            + "nothing held), the key's twin still running (idempotency-in-flight), or the reservation lost "
            + "before confirmation (reservation-lost; refunded)")
    @APIResponse(responseCode = "422", description = "Unknown customer, address, payment method or product "
            + "(unknown-customer, unknown-address, unknown-payment-method, unknown-product, with orderId), "
            + "a promo code that does not apply (invalid-promo-code), or the key reused for another order "
            + "(idempotency-key-reuse)")
    @APIResponse(responseCode = "502", description = "A peer refused a step unexpectedly (dependency-refused); REJECTED")
    @APIResponse(responseCode = "503", description = "A peer down, slow, failing or its circuit open "
            + "(dependency-unavailable, with orderId and Retry-After): REJECTED after compensation, or PENDING "
            + "while a step's outcome is in doubt; retry with the same Idempotency-Key for the outcome")
    public Response place(@Parameter(required = true, description = "1..255 printable ASCII characters, the same on every retry")
                          @HeaderParam(IdempotentRequests.KEY_HEADER) String idempotencyKey,
                          @Valid @NotNull PlaceOrderRequest body) {
        Caller caller = Caller.of(securityContext);
        if (!caller.isSelfOrAdmin(body.customerId().toString())) {
            throw ProblemException.forbidden("You may place orders for yourself only.");
        }
        body.requireDistinctSkus();
        return idempotentRequests.separately(PLACE_ORDER, caller.subject(), idempotencyKey, body,
                () -> PlacementAnswers.answer(placement.place(body.toCommand(idempotencyKey)),
                        uriInfo.getBaseUriBuilder().path(OrdersResource.class)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(operationId = "getOrder", summary = "Read an order (its customer, or an admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)),
            description = "The order; ETag carries its version")
    @APIResponse(responseCode = "403", description = "Another customer's order (forbidden)")
    @APIResponse(responseCode = "404", description = "No such order (not-found)")
    public Response get(@PathParam("id") UUID id) {
        Order order = owned(id);
        return Response.ok(OrderResponse.of(order)).tag(ETags.of(order.version())).build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(operationId = "listOrders", summary = "List orders, newest first: a customer its own, an admin anyone's")
    @APIResponse(responseCode = "200", description = "A page of orders: {items, page, size, totalItems}")
    @APIResponse(responseCode = "400", description = "Invalid customerId, status, page or size (validation)")
    @APIResponse(responseCode = "403", description = "Another customer's orders (forbidden)")
    public Page<OrderResponse> list(
            @Parameter(description = "whose orders (a customer may give only its own id)") @QueryParam("customerId") String customerId,
            @Parameter(description = "PENDING, CONFIRMED, SHIPPED, CANCELLED or REJECTED") @QueryParam("status") String status,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        UUID customer = QueryParams.optionalUuid("customerId", customerId);
        OrderStatus wanted = parseStatus(status);
        Caller caller = Caller.of(securityContext);
        if (!caller.isAdmin()) {
            if (customer == null) {
                customer = QueryParams.optionalUuid("customerId", caller.subject());
            }
            caller.requireSelfOrAdmin(customer.toString());
        }
        return queries.search(customer, wanted, pageRequest).map(OrderResponse::of);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(operationId = "cancelOrder", summary = "Cancel a CONFIRMED order (its customer, or an admin); idempotent",
            description = "The order becomes CANCELLED at once; its stock is returned and its payment refunded in full. "
                    + "When a peer does not answer, those steps are retried in the background until done.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)),
            description = "CANCELLED, stock returned and payment refunded")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)),
            description = "CANCELLED; the return or refund is still being completed")
    @APIResponse(responseCode = "403", description = "Another customer's order (forbidden)")
    @APIResponse(responseCode = "404", description = "No such order (not-found)")
    @APIResponse(responseCode = "409", description = "Not CONFIRMED: SHIPPED, PENDING or REJECTED (order-state-conflict)")
    public Response cancel(@PathParam("id") UUID id) {
        owned(id);
        Order order = cancellation.cancel(id);
        return Response.status(order.isCancellationComplete() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(OrderResponse.of(order)).tag(ETags.of(order.version())).build();
    }

    @POST
    @Path("{id}/ship")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "shipOrder", summary = "Mark a CONFIRMED order SHIPPED (admin); idempotent")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)),
            description = "SHIPPED")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    @APIResponse(responseCode = "404", description = "No such order (not-found)")
    @APIResponse(responseCode = "409", description = "Not CONFIRMED: CANCELLED, PENDING or REJECTED (order-state-conflict)")
    public Response ship(@PathParam("id") UUID id) {
        Order order = shipment.ship(id);
        return Response.ok(OrderResponse.of(order)).tag(ETags.of(order.version())).build();
    }

    /** The order, if the caller is its customer or an admin. */
    private Order owned(UUID id) {
        Order order = queries.get(id);
        Caller.of(securityContext).requireSelfOrAdmin(order.customerId().toString());
        return order;
    }

    private static OrderStatus parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // No status is longer than this: a longer value is refused before anything else reads it.
        if (value.length() <= STATUS_MAX) {
            for (OrderStatus status : OrderStatus.values()) {
                if (status.name().equalsIgnoreCase(value.trim())) {
                    return status;
                }
            }
        }
        throw ProblemException.validation("status", "must be one of PENDING, CONFIRMED, SHIPPED, CANCELLED, REJECTED");
    }
}
