package dev.microserves.customer.api;

import dev.microserves.customer.domain.Address;
import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.PaymentMethod;
import dev.microserves.customer.service.CustomerService;
import dev.microserves.customer.service.Passwords;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import dev.microserves.support.text.Text;
import dev.microserves.support.web.ETags;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@Tag(name = "Customers")
@APIResponse(responseCode = "400", description = "Invalid or malformed request (problem slug validation or malformed-json)")
public class CustomersResource {

    @Inject
    CustomerService customers;

    @Inject
    Passwords passwords;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "registerCustomer", summary = "Register a customer (tier STANDARD)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerResponse.class)),
            description = "Registered; Location names the customer")
    @APIResponse(responseCode = "409", description = "Email already registered (email-taken)")
    public Response register(@Valid @NotNull RegisterCustomerRequest body) {
        Address.Details shippingAddress = body.shippingAddress() == null ? null : body.shippingAddress().toDetails();
        // Hashed here, before the registration's transaction: no pooled connection waits on the hash.
        String passwordHash = passwords.hasher().hash(body.password());
        Customer customer = customers.register(new CustomerService.Registration(body.name(), body.email(),
                passwordHash, shippingAddress));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(customer.id().toString()).build())
                .tag(ETags.of(customer.version()))
                .entity(CustomerResponse.of(customer)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SERVICE})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getCustomer", summary = "Read a customer (the customer itself, an admin, or a service)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerResponse.class)),
            description = "The customer; ETag carries its version",
            headers = @Header(name = "ETag", description = "the customer's version, a strong tag (\"3\")",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version: no body",
            headers = @Header(name = "ETag", description = "the current version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another customer's record (forbidden)")
    @APIResponse(responseCode = "404", description = "No such customer (not-found)")
    public Response get(@PathParam("id") UUID id,
                        @Parameter(description = "ETags read before (\"3\", or a list): 304 while one is still current; "
                                + "an unreadable tag matches nothing")
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Who may read is decided before anything is looked up: a 304 reveals no more than a 200 would.
        Caller.of(securityContext).requireSelfAdminOrService(id.toString());
        IfNoneMatch known = IfNoneMatch.parse(ifNoneMatch);
        if (!known.namesNothing()) {
            // The cheap question first (one indexed column, no collections, no body): still current?
            long version = customers.version(id);
            if (known.matches(version)) {
                return Response.notModified(ETags.of(version)).build();
            }
        }
        Customer customer = customers.get(id);
        return Response.ok(CustomerResponse.of(customer)).tag(ETags.of(customer.version())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "searchCustomers", summary = "Search customers by email (admin)")
    @APIResponse(responseCode = "200", description = "A page of customers: {items, page, size, totalItems}")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    public Page<CustomerResponse> search(
            @Parameter(description = "part of the email, any case (at most 254 characters)")
            @Text(max = 254, blankAllowed = true) @QueryParam("email") String email,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size") String size) {
        return customers.search(email, PageRequest.of(page, size)).map(CustomerResponse::of);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "patchCustomer", summary = "Change a customer's name; an admin may also change the tier")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerResponse.class)),
            description = "The changed customer")
    @APIResponse(responseCode = "403", description = "Another customer's record, or a tier change by a non-admin")
    @APIResponse(responseCode = "404", description = "No such customer")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (precondition-failed)")
    public Response patch(@PathParam("id") UUID id,
                          @Parameter(description = "the ETag last read") @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull PatchCustomerRequest body) {
        Caller caller = Caller.of(securityContext);
        caller.requireSelfOrAdmin(id.toString());
        if (body.tier() != null && !caller.isAdmin()) {
            throw ProblemException.forbidden("Only an admin changes a customer's tier.");
        }
        Customer customer = customers.change(id, ifMatch, new CustomerService.Change(body.name(), body.tier()));
        return Response.ok(CustomerResponse.of(customer)).tag(ETags.of(customer.version())).build();
    }

    @POST
    @Path("{id}/addresses")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "addAddress", summary = "Add an address")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddressResponse.class)),
            description = "The new address")
    @APIResponse(responseCode = "403", description = "Another customer's record")
    @APIResponse(responseCode = "404", description = "No such customer")
    @APIResponse(responseCode = "409", description = "Too many addresses (limit-reached)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response addAddress(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull AddressRequest body) {
        Caller.of(securityContext).requireSelfOrAdmin(id.toString());
        Address.Details details = body.toDetails();
        Address address = customers.addAddress(id, ifMatch, details);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(address.id().toString()).build())
                .entity(AddressResponse.of(address)).build();
    }

    @DELETE
    @Path("{id}/addresses/{addressId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "removeAddress", summary = "Remove an address")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Another customer's record")
    @APIResponse(responseCode = "404", description = "No such customer or address")
    public Response removeAddress(@PathParam("id") UUID id, @PathParam("addressId") UUID addressId) {
        Caller.of(securityContext).requireSelfOrAdmin(id.toString());
        customers.removeAddress(id, addressId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/payment-methods")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "addPaymentMethod", summary = "Add a payment method: a token the payment service issued for this customer",
            description = "{type: CARD, token, brand?, last4?, expMonth?, expYear?} with a card token, or "
                    + "{type: PAYPAL, token, payerEmail?} with a PayPal vault token (pp_ + 32 letters or digits) "
                    + "from POST /api/payment-methods/paypal at the payment service. A PayPal payer email "
                    + "without a token is refused (400 validation, field token): nobody verified it.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentMethodResponse.class)),
            description = "The new payment method, with its token")
    @APIResponse(responseCode = "403", description = "Another customer's record")
    @APIResponse(responseCode = "404", description = "No such customer")
    @APIResponse(responseCode = "409", description = "Too many payment methods (limit-reached)")
    public Response addPaymentMethod(@PathParam("id") UUID id, @Valid @NotNull PaymentMethodRequest body) {
        Caller.of(securityContext).requireSelfOrAdmin(id.toString());
        PaymentMethod.Details details = body.toDetails();
        PaymentMethod method = customers.addPaymentMethod(id, details);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(method.id().toString()).build())
                .entity(PaymentMethodResponse.of(method)).build();
    }

    @DELETE
    @Path("{id}/payment-methods/{paymentMethodId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "removePaymentMethod", summary = "Remove a payment method")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Another customer's record")
    @APIResponse(responseCode = "404", description = "No such customer or payment method")
    public Response removePaymentMethod(@PathParam("id") UUID id, @PathParam("paymentMethodId") UUID paymentMethodId) {
        Caller.of(securityContext).requireSelfOrAdmin(id.toString());
        customers.removePaymentMethod(id, paymentMethodId);
        return Response.noContent().build();
    }
}
