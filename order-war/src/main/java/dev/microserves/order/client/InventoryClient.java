package dev.microserves.order.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inventory service's reservations ({@code inventory.url}). Use it through {@link InventoryGateway}. */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(InventoryProblems.class)
@Path("/api/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    String KEY = "Idempotency-Key";

    @POST
    ReservationView reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(KEY) String key,
                            ReservationRequest request);

    @GET
    ReservationPage findByOrder(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                @QueryParam("orderId") UUID orderId);

    @POST
    @Path("{id}/commit")
    void commit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(KEY) String key,
                @PathParam("id") UUID reservationId);

    @POST
    @Path("{id}/release")
    void release(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(KEY) String key,
                 @PathParam("id") UUID reservationId);

    @POST
    @Path("{id}/return")
    void returnStock(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(KEY) String key,
                     @PathParam("id") UUID reservationId);
}
