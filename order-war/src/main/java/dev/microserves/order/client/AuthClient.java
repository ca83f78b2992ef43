package dev.microserves.order.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The customer service's token endpoint, where this service gets its own {@code service} token. */
@RegisterRestClient(configKey = "customer")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(CustomerProblems.class)
@Path("/api/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AuthClient {

    @POST
    TokenResponse token(TokenRequest credentials);
}
