package dev.microserves.edge.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The recommendation service ({@code recommendation.url}). Use it through {@link RecommendationGateway}. */
@RegisterRestClient(configKey = "recommendation")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(PeerProblems.class)
@Path("/api/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public interface RecommendationClient {

    /** Public. */
    @GET
    @Path("products/{sku}")
    RecommendationList forProduct(@PathParam("sku") String sku, @QueryParam("limit") int limit);

    /** The owner (or an admin) only: sent with the caller's token. */
    @GET
    @Path("customers/{id}")
    RecommendationList forCustomer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID customerId,
                                   @QueryParam("limit") int limit);
}
