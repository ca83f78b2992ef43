package dev.microserves.payment.api;

import dev.microserves.payment.domain.Card;
import dev.microserves.payment.domain.CardToken;
import dev.microserves.payment.domain.CardTokenNotFound;
import dev.microserves.payment.service.CardTokenService;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("payment-methods/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Card tokens")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
public class CardTokensResource {

    @Inject
    CardTokenService tokens;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(operationId = "tokenizeCard", summary = "Tokenize a card (the number and cvc are never stored, logged or echoed)",
            description = "A customer's token pays for that customer only; an admin's for anyone.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardTokenResponse.class)),
            description = "{token, brand, last4, expMonth, expYear}; Location names the token")
    @APIResponse(responseCode = "400", description = "Not a valid card (validation: Luhn, brand, expiry, cvc) or malformed JSON")
    @APIResponse(responseCode = "403", description = "Neither a customer nor an admin (forbidden)")
    @APIResponse(responseCode = "413", description = "Body too large (payload-too-large)")
    public Response tokenize(@NotNull TokenizeCardRequest body) {
        Caller caller = Caller.of(securityContext);
        UUID owner = caller.isAdmin() ? null : Callers.customerId(caller);
        Card card = Card.of(body.number(), body.expMonth(), body.expYear(), body.cvc(), YearMonth.now(ZoneOffset.UTC));
        CardToken token = tokens.tokenize(card, owner);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(token.token()).build())
                .entity(CardTokenResponse.of(token)).build();
    }

    @GET
    @Path("{token}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getCardToken", summary = "Read a card token (its customer, an admin, or a service)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardTokenResponse.class)),
            description = "{token, brand, last4, expMonth, expYear}")
    @APIResponse(responseCode = "404", description = "No such token, or another customer's (not-found)")
    public CardTokenResponse get(@PathParam("token") String token) {
        if (!CardToken.isToken(token)) {
            throw new CardTokenNotFound();
        }
        CardToken found = tokens.get(token);
        return CardTokenResponse.of(Callers.requireOwned(Caller.of(securityContext), found.customerId(), found,
                CardTokenNotFound::new));
    }
}
