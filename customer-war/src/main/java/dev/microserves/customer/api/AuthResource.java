package dev.microserves.customer.api;

import dev.microserves.customer.service.SigningKeys;
import dev.microserves.customer.service.TokenService;
import dev.microserves.support.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@RequestScoped
@PermitAll
@Tag(name = "Authentication")
public class AuthResource {

    @Inject
    TokenService tokens;

    @Inject
    SigningKeys signingKeys;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "issueToken", summary = "Issue a token: {email, password} for a customer or admin, {clientId, clientSecret} for a service")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)),
            description = "{accessToken, tokenType: Bearer, expiresIn}")
    @APIResponse(responseCode = "400", description = "Neither (or both) kinds of credentials given")
    @APIResponse(responseCode = "401", description = "Wrong credentials (invalid-credentials), the same whether or not the account exists")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this account or from this address "
            + "(too-many-attempts); see Retry-After (at most 15 minutes). A service client's right secret is never throttled.")
    public Response token(@Valid @NotNull TokenRequest body) {
        TokenService.IssuedToken issued;
        if (body.isCustomer()) {
            issued = tokens.signInCustomer(body.email(), body.password(), request.getRemoteAddr());
        } else if (body.isService()) {
            issued = tokens.signInService(body.clientId(), body.clientSecret(), request.getRemoteAddr());
        } else {
            throw ProblemException.validation("body", "give either email and password, or clientId and clientSecret");
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn()))
                .cacheControl(noStore).build();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getJwks", summary = "The issuer's public keys (JWK Set)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "a JWK Set (RFC 7517): {keys: [...]}")),
            description = "{keys: [...]}")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(signingKeys.publicJwkSet()).cacheControl(cache).build();
    }
}
