package dev.microserves.payment.api;

import dev.microserves.payment.domain.PayPalAgreement;
import dev.microserves.payment.domain.PayPalAgreementNotFound;
import dev.microserves.payment.service.PayPalVault;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The simulated PayPal vault: a payer's e-mail is linked once to a customer and stands behind a
 * {@code pp_} token, which alone pays (only for that customer), as a real billing agreement does.
 */
@Path("payment-methods/paypal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "PayPal tokens")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
public class PayPalAgreementsResource {

    @Inject
    PayPalVault vault;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(operationId = "linkPayPal", summary = "Link a PayPal payer to a customer (customer, admin)",
            description = "Answers a pp_ token bound to the customer; PayPal charges name the token, never an e-mail. "
                    + "A customer links for itself (customerId omitted or its own id); an admin names the customer.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayPalTokenResponse.class)),
            description = "{token, payerEmail, customerId}; Location names the token")
    @APIResponse(responseCode = "400", description = "Not an e-mail address, no customerId from an admin (validation), "
            + "or malformed JSON")
    @APIResponse(responseCode = "403", description = "Neither a customer nor an admin, or a customer naming another "
            + "customer (forbidden)")
    @APIResponse(responseCode = "413", description = "Body too large (payload-too-large)")
    public Response link(@Valid @NotNull LinkPayPalRequest body) {
        UUID customer = customerFor(Caller.of(securityContext), body.customerId());
        PayPalAgreement agreement = vault.link(body.payerEmail(), customer);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(agreement.token()).build())
                .entity(PayPalTokenResponse.of(agreement)).build();
    }

    @GET
    @Path("{token}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getPayPalToken", summary = "Read a PayPal token (its customer, an admin, or a service)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayPalTokenResponse.class)),
            description = "{token, payerEmail, customerId}")
    @APIResponse(responseCode = "404", description = "No such token, or another customer's (not-found)")
    public PayPalTokenResponse get(@PathParam("token") String token) {
        if (!PayPalAgreement.isToken(token)) {
            throw new PayPalAgreementNotFound();
        }
        PayPalAgreement found = vault.get(token);
        return PayPalTokenResponse.of(Callers.requireOwned(Caller.of(securityContext), found.customerId(), found,
                PayPalAgreementNotFound::new));
    }

    /** Whose agreement it will be: the customer's own, or the one an admin names. */
    private static UUID customerFor(Caller caller, UUID named) {
        if (caller.isAdmin()) {
            if (named == null) {
                throw ProblemException.validation("customerId", "is required when an admin links a PayPal payer");
            }
            return named;
        }
        UUID self = Callers.customerId(caller);
        if (named != null && !named.equals(self)) {
            throw ProblemException.forbidden("A customer links PayPal payers for itself only.");
        }
        return self;
    }
}
