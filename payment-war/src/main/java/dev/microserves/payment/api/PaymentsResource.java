package dev.microserves.payment.api;

import dev.microserves.support.web.QueryParams;
import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.service.PaymentService;
import dev.microserves.support.idempotency.IdempotentRequests;
import dev.microserves.support.problem.ProblemException;
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

@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
public class PaymentsResource {

    @Inject
    PaymentService payments;

    @Inject
    IdempotentRequests idempotent;

    @Context
    SecurityContext securityContext;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "chargePayment", summary = "Charge an order (service only)",
            description = "Moving money is service work: an admin reads and refunds, but does not charge. "
                    + "The method is {type: CARD, token: tok_…} or {type: PAYPAL, token: pp_…}, the token the "
                    + "charge's customer's own (an admin's card token pays for anyone). "
                    + "Idempotent by Idempotency-Key; at most one captured payment per orderId, whatever the key.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)),
            description = "Captured now; Location names the payment")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)),
            description = "The order was captured already (same customer and amount): that payment, nothing charged again")
    @APIResponse(responseCode = "400", description = "Invalid request (validation: e.g. a PAYPAL method without its token, "
            + "or with a payerEmail), malformed-json, or no Idempotency-Key (idempotency-key-missing)")
    @APIResponse(responseCode = "402", description = "Declined (payment-declined, with declineCode: card_declined, "
            + "insufficient_funds, expired_card, paypal_declined); recorded as DECLINED")
    @APIResponse(responseCode = "403", description = "Not a service, e.g. an admin or a customer (forbidden)")
    @APIResponse(responseCode = "409", description = "This key or this order is being charged right now, or an earlier "
            + "charge of the order is in doubt until its gateway can say what became of it (idempotency-in-flight), "
            + "or the order is paid already with another amount or customer (order-already-paid)")
    @APIResponse(responseCode = "413", description = "Body too large (payload-too-large)")
    @APIResponse(responseCode = "422", description = "A card or PayPal token that is unknown or another customer's "
            + "(unknown-payment-method), another currency (unsupported-currency), or the key reused with another body "
            + "(idempotency-key-reuse)")
    @APIResponse(responseCode = "503", description = "The gateway failed (processor-unavailable): nothing captured, retry with the same key; see Retry-After")
    public Response charge(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.KEY_HEADER, required = true,
                    description = "1..255 printable ASCII, the same on every retry")
            @HeaderParam(IdempotentRequests.KEY_HEADER) String idempotencyKey,
            @Valid @NotNull ChargeRequest body) {
        PaymentService.ChargeCommand command = body.toCommand();
        // Refused before the key is claimed: a request that is refused for what it says stores nothing.
        payments.check(command);
        return idempotent.separately("charge-payment", Caller.of(securityContext).subject(), idempotencyKey, body, () -> {
            PaymentService.ChargeResult result = payments.charge(command);
            PaymentResponse payment = PaymentResponse.of(result.payment());
            return result.created()
                    ? Response.created(uriInfo.getBaseUriBuilder().path("payments").path(payment.id().toString()).build())
                            .entity(payment).build()
                    : Response.ok(payment).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.CUSTOMER})
    @Operation(operationId = "getPayment", summary = "Read a payment (service, admin, or the paying customer)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)),
            description = "The payment")
    @APIResponse(responseCode = "404", description = "No such payment, or another customer's (not-found)")
    public PaymentResponse get(@PathParam("id") UUID id) {
        Payment payment = payments.get(id);
        return PaymentResponse.of(Callers.requireVisible(Caller.of(securityContext), payment));
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.CUSTOMER})
    @Operation(operationId = "findPayments", summary = "Find payments by order and/or customer (a customer sees its own only)",
            description = "Every attempt, captured, declined or failed, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of payments: {items, page, size, totalItems}")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID, a bad page/size, or a control character "
            + "in any of them (validation)")
    @APIResponse(responseCode = "403", description = "A customer asking for another customer's payments (forbidden)")
    public Page<PaymentResponse> search(
            @Parameter(description = "the order's id") @QueryParam("orderId") @Text(max = 36, blankAllowed = true) String orderId,
            @Parameter(description = "the paying customer's id") @QueryParam("customerId") @Text(max = 36, blankAllowed = true)
            String customerId,
            @Parameter(description = "page number, from 0") @QueryParam("page") @Text(max = 10, blankAllowed = true) String page,
            @Parameter(description = "page size, 1..100 (default 20)") @QueryParam("size") @Text(max = 10, blankAllowed = true)
            String size) {
        Caller caller = Caller.of(securityContext);
        UUID order = QueryParams.optionalUuid("orderId", orderId);
        UUID customer = QueryParams.optionalUuid("customerId", customerId);
        PageRequest paging = PageRequest.of(page, size);
        if (!Callers.seesEverything(caller)) {
            UUID self = Callers.customerId(caller);
            if (customer != null && !customer.equals(self)) {
                throw ProblemException.forbidden("A customer sees its own payments only.");
            }
            customer = self;
        }
        return payments.search(order, customer, paging).map(PaymentResponse::of);
    }
}
