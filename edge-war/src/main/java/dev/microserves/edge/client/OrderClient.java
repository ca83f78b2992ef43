package dev.microserves.edge.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The order service ({@code order.url}). Use it through {@link OrderGateway}. */
@RegisterRestClient(configKey = "order")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(PeerProblems.class)
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderClient {

    /** The customer's orders, newest first (the order service's order). */
    @GET
    OrderPage orders(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("customerId") UUID customerId,
                     @QueryParam("page") int page, @QueryParam("size") int size);
}
