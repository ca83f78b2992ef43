package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Category;
import dev.microserves.inventory.domain.ProductNotFound;
import dev.microserves.inventory.domain.Sku;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.service.Catalogue;
import dev.microserves.inventory.service.Catalogue.ProductView;
import dev.microserves.inventory.service.CatalogueReads;
import dev.microserves.inventory.service.CatalogueReads.CachedProduct;
import dev.microserves.inventory.service.StockKeeping;
import dev.microserves.support.idempotency.IdempotentRequests;
import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import dev.microserves.support.text.TextRules;
import dev.microserves.support.web.ETags;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import dev.microserves.support.web.StrictJsonb;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("products")
// One instance for all requests (no request-scoped proxy and context look-up per read, about a tenth
// of a product read's CPU); what belongs to a request comes in as a method parameter.
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@Tag(name = "Products", description = "The catalogue and the stock of every product")
@APIResponse(responseCode = "400", description = "Invalid or malformed request (problem slug validation or malformed-json)")
public class ProductsResource {

    private static final Jsonb JSONB = new StrictJsonb().getContext(ProductResponse.class);

    /** The longest {@code q} a search takes. */
    static final int QUERY_MAX = 200;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueReads reads;

    @Inject
    StockKeeping stockKeeping;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createProduct", summary = "Add a product to the catalogue, optionally with initial stock (admin)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductResponse.class)),
            description = "Created; Location names the product, ETag carries its version")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    @APIResponse(responseCode = "409", description = "A product with this sku exists (sku-taken)")
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB (payload-too-large)")
    @APIResponse(responseCode = "422", description = "Price not in the deployment's currency (unsupported-currency)")
    public Response create(@Valid @NotNull CreateProductRequest body,
                           @Context SecurityContext securityContext, @Context UriInfo uriInfo) {
        ProductView created = catalogue.create(body.toNewProduct(), Caller.of(securityContext).subject());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.product().sku()).build())
                .tag(ETags.of(created.product().version()))
                .entity(ProductResponse.of(created)).build();
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "searchProducts", summary = "Search the catalogue (public), by sku",
            description = "Served from memory, as fresh as a product read (see GET /api/products/{sku}).")
    @APIResponse(responseCode = "200", description = "A page of products: {items, page, size, totalItems}")
    public Page<ProductResponse> search(
            @Parameter(description = "only this category (exact, lower-case slug)", schema = @Schema(pattern = Category.PATTERN))
            @QueryParam("category") String category,
            @Parameter(description = "text the name or description contains, any case (at most 200 characters)")
            @QueryParam("q") String q,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        String categoryFilter = category == null || category.isEmpty() ? null : category;
        if (categoryFilter != null && !Category.isValid(categoryFilter)) {
            errors.add(new FieldError("category", Category.MESSAGE));
        }
        if (q != null && (q.length() > QUERY_MAX || !TextRules.isClean(q))) {
            errors.add(new FieldError("q", "must be at most " + QUERY_MAX + " characters without control characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return reads.search(categoryFilter, q, PageRequest.of(page, size)).map(ProductResponse::of);
    }

    @GET
    @Path("{sku}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getProduct", summary = "Read a product with its stock (public)",
            description = "Served from memory. A change made through this service (an edit, a reservation, an "
                    + "adjustment) shows on the next read after it; one this instance cannot see (another instance, "
                    + "a change in the database by hand) within microserves.catalogue.read-cache-ms (500 ms). "
                    + "Reservations check stock in the database, never here.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductResponse.class)),
            description = "The product with {stock: {onHand, reserved, available}}; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such product (not-found)")
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Sku.PATTERN)) @PathParam("sku") String sku) {
        CachedProduct cached = reads.product(existingSkuFormat(sku));
        // The JSON is written once per cached state, not once per read (the same JSON-B as the provider's).
        return Response.ok(cached.rendered(ProductsResource::json), MediaType.APPLICATION_JSON_TYPE)
                .tag(ETags.of(cached.view().product().version())).build();
    }

    private static byte[] json(ProductView view) {
        return JSONB.toJson(ProductResponse.of(view)).getBytes(StandardCharsets.UTF_8);
    }

    @PATCH
    @Path("{sku}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "patchProduct", summary = "Change a product's name, description, category, price or weight (admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductResponse.class)),
            description = "The changed product; ETag carries its new version")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    @APIResponse(responseCode = "404", description = "No such product (not-found)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (precondition-failed); nothing changed")
    @APIResponse(responseCode = "422", description = "Price not in the deployment's currency (unsupported-currency)")
    public Response patch(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Sku.PATTERN)) @PathParam("sku") String sku,
                          @Parameter(description = "the ETag last read") @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull PatchProductRequest body) {
        ProductView view = catalogue.change(existingSkuFormat(sku), ifMatch, body.toChange());
        return Response.ok(ProductResponse.of(view)).tag(ETags.of(view.product().version())).build();
    }

    @POST
    @Path("{sku}/stock-adjustments")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "adjustStock", summary = "Add or remove units on hand, with a reason kept in the movement history (admin)",
            description = "An Idempotency-Key is optional; with one, a retry replays the first answer instead of adjusting twice.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockResponse.class)),
            description = "The new stock: {onHand, reserved, available}")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    @APIResponse(responseCode = "404", description = "No such product (not-found)")
    @APIResponse(responseCode = "409", description = "On hand would drop below reserved (insufficient-stock, with shortages) "
            + "or rise above 1,000,000,000 (stock-limit-exceeded)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request (idempotency-key-reuse)")
    public Response adjustStock(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Sku.PATTERN)) @PathParam("sku") String sku,
                                @Parameter(description = "optional; 1..255 printable ASCII characters")
                                @HeaderParam(IdempotentRequests.KEY_HEADER) String idempotencyKey,
                                @Valid @NotNull StockAdjustmentRequest body,
                                @Context SecurityContext securityContext) {
        String checkedSku = existingSkuFormat(sku);
        if (body.delta() == 0) {
            throw ProblemException.validation("delta", "must not be zero");
        }
        Caller caller = Caller.of(securityContext);
        return idempotency.optional("inventory.adjust-stock:" + checkedSku, caller, idempotencyKey, body, () -> {
            StockLevel after = stockKeeping.adjust(checkedSku, body.delta(), body.reason().strip(), caller.subject());
            return Response.ok(StockResponse.of(after)).build();
        });
    }

    @GET
    @Path("{sku}/stock-movements")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listStockMovements", summary = "A product's stock history, newest first (admin)")
    @APIResponse(responseCode = "200", description = "A page of movements: initial stock, adjustments, commits and returns")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    @APIResponse(responseCode = "404", description = "No such product (not-found)")
    public Page<StockMovementResponse> movements(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Sku.PATTERN)) @PathParam("sku") String sku,
                                                 @Parameter(description = "page number, from 0") @QueryParam("page") String page,
                                                 @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size") String size) {
        return stockKeeping.movements(existingSkuFormat(sku), PageRequest.of(page, size)).map(StockMovementResponse::of);
    }

    /** A sku that cannot exist is simply not found (and never reaches the database). */
    private static String existingSkuFormat(String sku) {
        if (!Sku.isValid(sku)) {
            // The detail names the sku only when it is short and clean enough to show.
            throw new ProductNotFound(sku == null ? "" : sku.length() > Sku.MAX_LENGTH || !TextRules.isClean(sku)
                    ? "(invalid)" : sku);
        }
        return sku;
    }
}
