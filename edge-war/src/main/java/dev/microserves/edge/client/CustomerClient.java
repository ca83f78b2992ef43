package dev.microserves.edge.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The customer service ({@code customer.url}). Use it through {@link CustomerGateway}. */
@RegisterRestClient(configKey = "customer")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(PeerProblems.class)
@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
public interface CustomerClient {

    @GET
    @Path("{id}")
    CustomerView customer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);
}
