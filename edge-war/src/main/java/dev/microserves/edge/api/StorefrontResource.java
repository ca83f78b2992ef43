package dev.microserves.edge.api;

import dev.microserves.edge.service.MyPage;
import dev.microserves.edge.service.ProductPage;
import dev.microserves.edge.service.StorefrontPages;
import dev.microserves.support.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("storefront")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront", description = "Pages for front ends, each composed from several services")
@APIResponse(responseCode = "429", description = "Too many requests from this client (rate-limited); Retry-After says when to try again")
@APIResponse(responseCode = "503", description = "The service the page is about is unavailable (dependency-unavailable); Retry-After says when to try again")
public class StorefrontResource {

    @Inject
    StorefrontPages pages;

    @Context
    SecurityContext securityContext;

    @GET
    @Path("products/{sku}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "storefrontProductPage", summary = "A product's page (public): the product, its stock and recommendations",
            description = "With the recommendation service down, slow or its circuit open: recommendations [] and "
                    + "degraded [\"recommendations\"], still 200.")
    @APIResponse(responseCode = "200", description = "{product, stock, recommendations, degraded}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductPage.class)))
    @APIResponse(responseCode = "400", description = "A sku that breaks the text rules (validation)")
    @APIResponse(responseCode = "404", description = "No such product (not-found)")
    public ProductPage product(@Parameter(description = "the product's sku", schema = @Schema(maxLength = CallerInput.SKU_MAX))
                               @PathParam("sku") String sku) {
        return pages.productPage(CallerInput.sku(sku));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.CUSTOMER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "storefrontMyPage", summary = "The signed-in customer's page (customer): profile, last orders, recommendations",
            description = "The caller's token is forwarded to the customer, order and recommendation services. With the "
                    + "order or recommendation service unavailable, that part is empty and named in degraded "
                    + "(recentOrders, recommendations), still 200.")
    @APIResponse(responseCode = "200", description = "{customer, recentOrders, recommendations, degraded}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPage.class)))
    @APIResponse(responseCode = "400", description = "The token's subject is not a customer id (validation)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a customer's token (forbidden)")
    public MyPage me() {
        if (!(securityContext.getUserPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return pages.myPage(CallerInput.customerId(token.getSubject()), "Bearer " + token.getRawToken());
    }
}
