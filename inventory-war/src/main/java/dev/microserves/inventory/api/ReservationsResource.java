package dev.microserves.inventory.api;

import dev.microserves.support.web.QueryParams;
import dev.microserves.inventory.domain.RequestedItems;
import dev.microserves.inventory.domain.Reservation;
import dev.microserves.inventory.service.Reservations;
import dev.microserves.support.idempotency.IdempotentRequests;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
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
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations", description = "Stock held for orders (service-to-service)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid or malformed request (problem slug validation or malformed-json)")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not allowed for this role (forbidden)")
public class ReservationsResource {

    @Inject
    Reservations reservations;

    @Inject
    Idempotency idempotency;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "reserveStock", summary = "Hold stock for an order: every line or none (service)",
            description = "Requires an Idempotency-Key. Each order has at most one reservation: a request for an order "
                    + "that has one answers 200 with that reservation as it is now, whatever lines it asks for.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationResponse.class)),
            description = "Held: {id, orderId, status HELD, expiresAt, items with unitPrice and weightGrams}; Location names it")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationResponse.class)),
            description = "The order already had this reservation (nothing new was held)")
    @APIResponse(responseCode = "409", description = "A line is short (insufficient-stock, with shortages [{sku, requested, available}]); "
            + "nothing held. Or a twin request is still running (idempotency-in-flight)")
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB (payload-too-large)")
    @APIResponse(responseCode = "422", description = "Unknown sku (unknown-product, with unknownSkus); nothing held. "
            + "Or the Idempotency-Key was used for another request (idempotency-key-reuse)")
    public Response reserve(@Parameter(required = true, description = "1..255 printable ASCII characters")
                            @HeaderParam(IdempotentRequests.KEY_HEADER) String idempotencyKey,
                            @Valid @NotNull ReserveRequest body) {
        RequestedItems items = body.toItems();
        return idempotency.required("inventory.reserve", Caller.of(securityContext), idempotencyKey, body, () -> {
            Reservations.Reserved reserved = reservations.reserve(body.orderId(), items);
            ReservationResponse response = ReservationResponse.of(reserved.reservation());
            if (!reserved.created()) {
                return Response.ok(response).build();
            }
            return Response.created(uriInfo.getAbsolutePathBuilder().path(response.id().toString()).build())
                    .entity(response).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "getReservation", summary = "Read a reservation (service, admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationResponse.class)),
            description = "The reservation")
    @APIResponse(responseCode = "404", description = "No such reservation (not-found)")
    public ReservationResponse get(@PathParam("id") UUID id) {
        return ReservationResponse.of(reservations.get(id));
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "findReservations", summary = "Find reservations, newest first: the one of an order with ?orderId= (service, admin)")
    @APIResponse(responseCode = "200", description = "A page of reservations: {items, page, size, totalItems}; "
            + "with orderId, items holds that order's reservation or is empty")
    public Page<ReservationResponse> search(
            @Parameter(description = "an order id (UUID)") @QueryParam("orderId") String orderId,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size") String size) {
        UUID order = QueryParams.optionalUuid("orderId", orderId);
        return reservations.search(order, PageRequest.of(page, size)).map(ReservationResponse::of);
    }

    @POST
    @Path("{id}/commit")
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "commitReservation", summary = "HELD to COMMITTED: the held units leave on-hand (service). Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationResponse.class)),
            description = "The committed reservation (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such reservation (not-found)")
    @APIResponse(responseCode = "409", description = "Released or returned (invalid-reservation-state), "
            + "or held past its expiresAt (reservation-expired)")
    public Response commit(@PathParam("id") UUID id,
                           @Parameter(description = "optional") @HeaderParam(IdempotentRequests.KEY_HEADER) String key) {
        return transition("commit", id, key, reservations::commit);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "releaseReservation", summary = "HELD to RELEASED: the held units become available again (service). Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationResponse.class)),
            description = "The released reservation (also when it already was, on request or by expiry)")
    @APIResponse(responseCode = "404", description = "No such reservation (not-found)")
    @APIResponse(responseCode = "409", description = "Committed or returned (invalid-reservation-state)")
    public Response release(@PathParam("id") UUID id,
                            @Parameter(description = "optional") @HeaderParam(IdempotentRequests.KEY_HEADER) String key) {
        return transition("release", id, key, reservations::release);
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "returnReservation", summary = "COMMITTED to RETURNED: the committed units come back on hand (service). Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationResponse.class)),
            description = "The returned reservation (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such reservation (not-found)")
    @APIResponse(responseCode = "409", description = "Held or released (invalid-reservation-state)")
    public Response returnToStock(@PathParam("id") UUID id,
                                  @Parameter(description = "optional") @HeaderParam(IdempotentRequests.KEY_HEADER) String key) {
        return transition("return", id, key, reservations::returnToStock);
    }

    private Response transition(String name, UUID id, String key, Function<UUID, Reservation> action) {
        return idempotency.optional("inventory." + name, Caller.of(securityContext), key, name + ":" + id,
                () -> Response.ok(ReservationResponse.of(action.apply(id))).build());
    }
}
