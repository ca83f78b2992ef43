package dev.microserves.edge.api;

import dev.microserves.edge.service.StorefrontConfig;
import dev.microserves.edge.service.StorefrontSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the browser storefront finds the services it calls (public; no secrets in it). */
@Path("storefront/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront")
public class StorefrontConfigResource {

    @Inject
    StorefrontSettings settings;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "storefrontConfig", summary = "The services' public URLs the storefront page calls (public)",
            description = "The page at / calls the customer, inventory, order and payment services directly (they "
                    + "allow this origin by CORS); the card number goes to the payment service only.")
    @APIResponse(responseCode = "200", description = "{customerUrl, inventoryUrl, orderUrl, paymentUrl}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StorefrontConfig.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client (rate-limited); Retry-After says when to try again")
    public StorefrontConfig config() {
        return settings.config();
    }
}
