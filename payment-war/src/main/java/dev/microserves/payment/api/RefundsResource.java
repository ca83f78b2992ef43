package dev.microserves.payment.api;

import dev.microserves.payment.domain.Money;
import dev.microserves.payment.domain.Refund;
import dev.microserves.payment.service.PaymentService;
import dev.microserves.payment.service.RefundService;
import dev.microserves.support.idempotency.IdempotentRequests;
import dev.microserves.support.security.Caller;
import dev.microserves.support.security.Roles;
import dev.microserves.support.text.Text;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("payments/{paymentId}/refunds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Refunds")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
public class RefundsResource {

    /** What an Idempotency-Key stands for: the same body for another payment is another request. */
    public record RefundOf(UUID paymentId, RefundRequest refund) {
    }

    @Inject
    RefundService refunds;

    @Inject
    PaymentService payments;

    @Inject
    IdempotentRequests idempotent;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "refundPayment", summary = "Refund a captured payment, in full (no amount) or in part (service, admin)",
            description = "Idempotent by Idempotency-Key. The refunds of a payment never add up to more than it captured.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundResponse.class)),
            description = "The refund; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid request (validation, malformed-json) or no Idempotency-Key (idempotency-key-missing)")
    @APIResponse(responseCode = "403", description = "Not a service or admin (forbidden)")
    @APIResponse(responseCode = "404", description = "No such payment (not-found)")
    @APIResponse(responseCode = "409", description = "More than is still refundable (refund-exceeds-capture, with refundable), "
            + "a payment that captured nothing (payment-not-captured), or this key in flight (idempotency-in-flight)")
    @APIResponse(responseCode = "422", description = "Another currency (unsupported-currency), or the key reused with another body (idempotency-key-reuse)")
    public Response refund(
            @PathParam("paymentId") UUID paymentId,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.KEY_HEADER, required = true,
                    description = "1..255 printable ASCII, the same on every retry")
            @HeaderParam(IdempotentRequests.KEY_HEADER) String idempotencyKey,
            @Valid @NotNull RefundRequest body) {
        Money amount = body.money();
        return idempotent.atomically("refund-payment", Caller.of(securityContext).subject(), idempotencyKey,
                new RefundOf(paymentId, body), () -> {
                    Refund refund = refunds.refund(paymentId, amount, body.reason());
                    return Response.created(uriInfo.getAbsolutePathBuilder().path(refund.id().toString()).build())
                            .entity(RefundResponse.of(refund)).build();
                });
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.CUSTOMER})
    @Operation(operationId = "listRefunds", summary = "A payment's refunds, oldest first (service, admin, or the paying customer)")
    @APIResponse(responseCode = "200", description = "A page of refunds: {items, page, size, totalItems}")
    @APIResponse(responseCode = "400", description = "A bad page/size, or a control character in one (validation)")
    @APIResponse(responseCode = "404", description = "No such payment, or another customer's (not-found)")
    public Page<RefundResponse> list(@PathParam("paymentId") UUID paymentId,
                                     @Parameter(description = "page number, from 0") @QueryParam("page")
                                     @Text(max = 10, blankAllowed = true) String page,
                                     @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size")
                                     @Text(max = 10, blankAllowed = true) String size) {
        PageRequest paging = PageRequest.of(page, size);
        Callers.requireVisible(Caller.of(securityContext), payments.get(paymentId));
        return refunds.ofPayment(paymentId, paging).map(RefundResponse::of);
    }

    @GET
    @Path("{refundId}")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.CUSTOMER})
    @Operation(operationId = "getRefund", summary = "Read one refund (service, admin, or the paying customer)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundResponse.class)),
            description = "The refund")
    @APIResponse(responseCode = "404", description = "No such payment or refund, or another customer's (not-found)")
    public RefundResponse get(@PathParam("paymentId") UUID paymentId, @PathParam("refundId") UUID refundId) {
        Callers.requireVisible(Caller.of(securityContext), payments.get(paymentId));
        return RefundResponse.of(refunds.get(paymentId, refundId));
    }
}
