package dev.microserves.edge.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inventory service's catalogue ({@code inventory.url}; public). Use it through {@link InventoryGateway}. */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(PeerProblems.class)
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    @GET
    @Path("{sku}")
    InventoryProduct product(@PathParam("sku") String sku);
}
