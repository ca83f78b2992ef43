package dev.microserves.recommendation.api;

import dev.microserves.recommendation.service.Recommendations;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationsResource {

    private static final int DEFAULT_LIMIT = 5;
    private static final int DEFAULT_TOP_SELLERS = 10;

    @Inject
    Recommendations recommendations;

    @Context
    SecurityContext securityContext;

    @GET
    @Path("products/{sku}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "recommendForProduct", summary = "Products to offer with a product (public)",
            description = "Bought together with it in at least the minimum support of confirmed, not cancelled orders "
                    + "(reason bought-together, score = those orders), by score descending then sku; topped up with "
                    + "its category's and then the shop's top sellers (reason top-seller, score = units sold). "
                    + "Never the product itself.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductRecommendations.class)),
            description = "{sku, items: [{sku, score, reason}]}")
    @APIResponse(responseCode = "400", description = "A sku or limit out of its rules (validation)")
    public ProductRecommendations forProduct(
            @Parameter(description = "1..64 characters") @PathParam("sku") String sku,
            @Parameter(description = "1..20, default 5") @QueryParam("limit") String limit) {
        String product = Params.sku(sku);
        return new ProductRecommendations(product,
                RecommendationItem.of(recommendations.forProduct(product, Params.limit(limit, DEFAULT_LIMIT))));
    }

    @GET
    @Path("customers/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "recommendForCustomer", summary = "Products to offer a customer (the customer itself, or an admin)",
            description = "What others bought with the customer's confirmed purchases (pair counts at the minimum "
                    + "support, summed), then the shop's top sellers; never what the customer already bought.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerRecommendations.class)),
            description = "{customerId, items: [{sku, score, reason}]}")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID, or a limit out of 1..20 (validation)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another customer's recommendations (forbidden)")
    public CustomerRecommendations forCustomer(
            @Parameter(description = "the customer's id (UUID)") @PathParam("id") String id,
            @Parameter(description = "1..20, default 5") @QueryParam("limit") String limit) {
        UUID customerId = Params.customerId(id);
        int wanted = Params.limit(limit, DEFAULT_LIMIT);
        Caller.of(securityContext).requireSelfOrAdmin(customerId.toString());
        return new CustomerRecommendations(customerId,
                RecommendationItem.of(recommendations.forCustomer(customerId, wanted)));
    }

    @GET
    @Path("top-sellers")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "topSellers", summary = "The best sellers of the shop or of one category (public)",
            description = "By units in confirmed, not cancelled orders, descending, then sku. A category counts the "
                    + "products the inventory events named in it.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopSellers.class)),
            description = "{category?, items: [{sku, units}]}")
    @APIResponse(responseCode = "400", description = "A category or limit out of its rules (validation)")
    public TopSellers topSellers(
            @Parameter(description = "1..100 characters; none for the whole shop") @QueryParam("category") String category,
            @Parameter(description = "1..20, default 10") @QueryParam("limit") String limit) {
        String wanted = Params.category(category);
        return TopSellers.of(wanted, recommendations.topSellers(wanted, Params.limit(limit, DEFAULT_TOP_SELLERS)));
    }
}
