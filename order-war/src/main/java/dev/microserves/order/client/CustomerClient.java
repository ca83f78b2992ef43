package dev.microserves.order.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The customer service ({@code customer.url}). Use it through {@link CustomerGateway}. */
@RegisterRestClient(configKey = "customer")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(CustomerProblems.class)
@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
public interface CustomerClient {

    /**
     * 200 with a {@link CustomerView} and its ETag, or, when {@code ifNoneMatch} (null: not sent)
     * still names the current version, 304 without a body. Errors (4xx, 5xx) go through
     * {@link CustomerProblems}.
     */
    @GET
    @Path("{id}")
    Response customer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @PathParam("id") UUID id);
}
